package io.shinrai.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.Item;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.disclosure.Disclosures;
import io.shinrai.server.disclosure.StoredDisclosure;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A vendor's quality engineer finishes a disclosure from the keyboard, saved as they type, publishes it and hands a
 * link to someone without an account, who reads the answer in their own browser.
 */
@ShinraiTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisclosureJourneyTest {

    private static final By ANSWER = By.name("answer:1-①");
    private static final By REMARKS = By.name("remarks:1-①");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;
    @Autowired
    Disclosures disclosures;
    @Autowired
    CatalogueLibrary catalogues;

    @Test
    void theLastAnswerIsTypedSavedPublishedAndReadThroughAShareLink() {
        Organisation vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        UserAccount engineer = fixtures.member(vendor, OrgRole.EDITOR);
        StoredDisclosure draft = draftMissingTheFirstAnswer(vendor);
        String page = "/orgs/" + vendor.id() + "/disclosures/" + draft.id();

        browser.signIn(engineer.email(), Fixtures.PASSWORD);
        browser.open(page);
        browser.focus(ANSWER);
        browser.type(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.TAB, "責任者は来期に任命予定", Keys.TAB);
        browser.waitForText(By.xpath("//*[@id='progress']//li[a[contains(@href, 'section=governance')]]"), "1/1");

        browser.reopenUntilValue(page, REMARKS, "責任者は来期に任命予定");
        assertThat(browser.chosen(ANSWER)).isEqualTo("いいえ");

        browser.press("公開する");
        browser.waitForText(By.cssSelector("main [role=status]"), "公開しました");
        browser.fillIn("link-label", "さくら病院 医療情報部");
        browser.press("リンクを作成");
        String link = browser.value(Browser.testId("share-link-url"));
        browser.press("ログアウト");
        browser.waitForHeading("ログイン");

        browser.openLink(link);
        browser.waitForHeading("共有された開示書");
        assertThat(browser.text(By.tagName("main"))).contains("SMX 画像サーバ", "責任者は来期に任命予定");
        assertThat(browser.chosen(ANSWER)).isEqualTo("いいえ");
    }

    private StoredDisclosure draftMissingTheFirstAnswer(Organisation vendor) {
        Catalogue checklist = catalogues.find("mhlw-vendor-checklist", "2025").orElseThrow();
        StoredDisclosure draft = disclosures.start(vendor.id(), checklist,
                new BasicInformation(null, vendor.name(), "SMX 画像サーバ", "3.2"));
        Map<String, ItemAnswer> answers = new HashMap<>();
        for (Item item : checklist.allItems()) {
            answers.put(item.ref(), ItemAnswer.of(Answer.YES));
        }
        answers.remove("1-①");
        disclosures.edit(vendor.id(), draft.id(), new Disclosures.Edit(answers, null, null));
        return draft;
    }
}
