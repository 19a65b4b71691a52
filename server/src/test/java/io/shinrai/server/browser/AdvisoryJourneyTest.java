package io.shinrai.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.VulnerableProducts;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.product.Lifecycle;
import io.shinrai.server.product.ProductVersion;
import io.shinrai.server.product.Products;
import io.shinrai.server.psirt.ReportState;
import io.shinrai.server.psirt.Submission;
import io.shinrai.server.psirt.VulnerabilityReports;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A manufacturer's PSIRT turns a confirmed report into an advisory in the browser: the report's title and affected
 * version come with it, the team adds the CVE, the component at fault, the fixed version and the remedy, and
 * publishes the first revision.
 */
@ShinraiTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdvisoryJourneyTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;
    @Autowired
    VulnerableProducts vulnerable;
    @Autowired
    Products products;
    @Autowired
    VulnerabilityReports reports;

    @Test
    void aConfirmedReportBecomesAPublishedAdvisory() throws Exception {
        Organisation maker = fixtures.organisation(OrganisationKind.MANUFACTURER);
        UserAccount psirt = fixtures.member(maker, OrgRole.EDITOR);
        ProductVersion affected = vulnerable.viewer(maker, Lifecycle.UNKNOWN);
        ProductVersion fixed = products.addVersion(maker.id(), affected.productId(), "3.1", Lifecycle.UNKNOWN);
        VulnerabilityReports.Receipt receipt = reports.receive(maker.id(), new Submission(
                "Deserialisation in the study import", "DICOM viewer 3.0",
                "A crafted study description runs code through the bundled jackson-databind.", null, null, ""),
                List.of());
        reports.assess(maker.id(), receipt.report().id(), new VulnerabilityReports.Assessment("",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", List.of(affected.id()), "", null));
        reports.move(maker.id(), receipt.report().id(), ReportState.CONFIRMED, "", null);

        browser.signIn(psirt.email(), Fixtures.PASSWORD);
        browser.open("/orgs/" + maker.id() + "/psirt/" + receipt.report().id());
        browser.press("この報告からアドバイザリを作成");
        browser.waitForText(By.cssSelector("main h2"), "Deserialisation in the study import");
        assertThat(browser.chosen(By.id("state-" + affected.id()))).isEqualTo("影響あり");
        browser.fillIn("cve", "CVE-2026-40003");
        browser.fillIn("component", "pkg:maven/com.fasterxml.jackson.core/jackson-databind");
        browser.choose("state-" + fixed.id(), "修正済み");
        browser.choose("remedy", "修正版を提供（vendor_fix）");
        browser.fillIn("remedyDetails", "3.1 に更新してください。");
        browser.press("保存");
        browser.waitForText(By.cssSelector("p.notice"), "アドバイザリを保存しました。");
        browser.press("公開する");

        browser.waitForText(By.cssSelector("p.notice"), "アドバイザリを公開しました。");
        assertThat(browser.text(By.cssSelector("dl.facts"))).contains("第 1 版を公開済み");
        assertThat(browser.text(By.cssSelector("main"))).contains("公開した CSAF をダウンロード");
    }
}
