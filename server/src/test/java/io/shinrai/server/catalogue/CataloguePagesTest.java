package io.shinrai.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@ShinraiTest
@AutoConfigureMockMvc
class CataloguePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    WebSession browser;

    @BeforeEach
    void signIn() throws Exception {
        browser = new WebSession(mvc);
        browser.signIn(fixtures.user().email(), Fixtures.PASSWORD);
    }

    @Test
    void everyoneSignedInSeesTheBuiltInChecklists() throws Exception {
        String page = browser.get("/catalogues").getContentAsString();

        assertThat(page).contains("製造業者による医療情報セキュリティ開示書").contains("/catalogues/mds2-2019/2019")
                .doesNotContain("/catalogues/iec-81001-5-1/2021").doesNotContain("/catalogues/iso-27799/2016");
    }

    @Test
    void aLifecycleCatalogueIsReadAtItsAddress() throws Exception {
        String page = text(browser.get("/catalogues/iec-81001-5-1/2021").getContentAsString());

        assertThat(page).contains("JIS T 81001-5-1").contains("ペネトレーションテストを実施し");
    }

    @Test
    void aChecklistShowsItsQuestionsAnswersAndConditionsInTheChosenLanguage() throws Exception {
        String japanese = text(browser.get("/catalogues/jahis-mds/5.0").getContentAsString());
        String english = text(browser.get("/catalogues/jahis-mds/5.0?lang=en").getContentAsString());

        assertThat(japanese).contains("はい / いいえ / 対象外").contains("機能「無線LAN」を使用する場合のみ")
                .contains("備考が必要な回答：");
        assertThat(english).contains("Yes / No / N/A").contains("Only when \"Wireless LAN\" is used");
    }

    @Test
    void anUnknownChecklistIsNotFound() throws Exception {
        assertThat(browser.get("/catalogues/jahis-mds/0.1").getStatus()).isEqualTo(404);
    }

    @Test
    void theApiGivesTheWholeCatalogue() throws Exception {
        String body = browser.get("/api/v1/catalogues/mds2-2019/2019", MediaType.APPLICATION_JSON)
                .getContentAsString();

        assertThat(body).contains("\"ref\":\"MPII-2.1\"").contains("\"answers\":\"MDS2\"");
    }

    /** What a reader sees of a page: its text without the markup. */
    private static String text(String page) {
        return HtmlUtils.htmlUnescape(page.replaceAll("<[^>]+>", ""));
    }
}
