package io.shinrai.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.Answer;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.disclosure.Disclosures;
import io.shinrai.server.disclosure.Sharing;
import io.shinrai.server.disclosure.StoredDisclosure;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A hospital's information-systems staff tick three PACS vendors' checklists among what they received, compare
 * them, and narrow the comparison to the one item where the vendors answered differently.
 */
@ShinraiTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComparisonJourneyTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;
    @Autowired
    Disclosures disclosures;
    @Autowired
    Sharing sharing;

    @Test
    void threeReceivedChecklistsAreTickedComparedAndNarrowedToTheirDifference() {
        Organisation hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        UserAccount staff = fixtures.member(hospital, OrgRole.VIEWER);
        List<StoredDisclosure> received = new ArrayList<>();
        for (String product : List.of("PACS-A", "PACS-B", "PACS-C")) {
            Organisation vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
            StoredDisclosure published = fixtures.publishedDisclosure(vendor, product, "1.0");
            if (product.equals("PACS-B")) {
                StoredDisclosure revision = disclosures.revise(vendor.id(), published.id());
                disclosures.edit(vendor.id(), revision.id(), new Disclosures.Edit(
                        Map.of("2-⑩", ItemAnswer.of(Answer.NO, "次期バージョンで対応予定")), null, null));
                disclosures.publish(vendor.id(), revision.id());
                published = disclosures.get(vendor.id(), revision.id());
            }
            sharing.share(vendor.id(), published.id(), hospital.id());
            received.add(published);
        }

        browser.signIn(staff.email(), Fixtures.PASSWORD);
        browser.open("/orgs/" + hospital.id() + "/received");
        for (StoredDisclosure stored : received) {
            browser.focus(By.cssSelector("input[name='d'][value='" + stored.id() + "']"));
            browser.type(Keys.SPACE);
        }
        browser.press("比較する");
        browser.waitForText(By.cssSelector("main h2"), "開示書の比較");
        assertThat(browser.text(By.cssSelector("table.comparison thead"))).contains("PACS-A 1.0", "PACS-B 1.0",
                "PACS-C 1.0");

        browser.follow("回答が異なる項目のみ（1）");
        browser.waitFor(By.cssSelector("a[aria-current='page']"));
        String rows = browser.text(By.cssSelector("table.comparison"));
        assertThat(rows).contains("2-⑩", "次期バージョンで対応予定").doesNotContain("1-①");
    }
}
