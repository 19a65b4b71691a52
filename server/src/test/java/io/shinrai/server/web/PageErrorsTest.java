package io.shinrai.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.HttpVisitor;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages are rendered by the running server, so these tests use it over HTTP. */
@ShinraiTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PageErrorsTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Test
    void anotherOrganisationsPageLooksLikeAPageThatDoesNotExist() throws Exception {
        Organisation mine = fixtures.organisation(OrganisationKind.HOSPITAL);
        Organisation theirs = fixtures.organisation(OrganisationKind.HOSPITAL);
        UserAccount user = fixtures.member(mine, OrgRole.ORG_ADMIN);
        HttpVisitor browser = new HttpVisitor(port);
        browser.signIn(user.email(), Fixtures.PASSWORD);

        HttpResponse<String> foreign = browser.get("/orgs/" + theirs.id() + "/members");
        HttpResponse<String> missing = browser.get("/orgs/" + UUID.randomUUID() + "/members");

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body())
                .contains("お探しのページは見つかりませんでした。")
                .doesNotContain(theirs.name())
                .doesNotContainIgnoringCase("exception");
        assertThat(mainContent(missing.body())).isEqualTo(mainContent(foreign.body()));
    }

    @Test
    void aPageBeyondTheRoleSaysSoInTheChosenLanguage() throws Exception {
        Organisation hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        UserAccount viewer = fixtures.member(hospital, OrgRole.VIEWER);
        HttpVisitor browser = new HttpVisitor(port);
        browser.signIn(viewer.email(), Fixtures.PASSWORD);

        HttpResponse<String> japanese = browser.get("/orgs/" + hospital.id() + "/settings");
        HttpResponse<String> english = browser.get("/orgs/" + hospital.id() + "/settings?lang=en");

        assertThat(japanese.statusCode()).isEqualTo(403);
        assertThat(japanese.body()).contains("このページを表示する権限がありません。");
        assertThat(english.body()).contains("You are not allowed to see this page.");
    }

    private static String mainContent(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }
}
