package io.shinrai.server.psirt;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.MovableClock;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.product.Lifecycle;
import io.shinrai.server.product.Products;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A manufacturer's PSIRT triages a report: scores it, names the affected versions, moves it on step by step with a
 * word to the reporter, and sees the reports whose deadline has passed.
 */
@ShinraiTest
@AutoConfigureMockMvc
class PsirtTriageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    VulnerabilityReports reports;
    @Autowired
    MovableClock clock;
    @Autowired
    Products products;

    Organisation vendor;
    WebSession editor;
    VulnerabilityReports.Receipt receipt;
    String page;

    @BeforeEach
    void aReportReceived() throws Exception {
        vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        editor = new WebSession(mvc);
        editor.signIn(fixtures.member(vendor, OrgRole.EDITOR).email(), Fixtures.PASSWORD);
        receipt = reports.receive(vendor.id(), new Submission("Path traversal in the export", "SMX 画像サーバ 3.2",
                "The export endpoint reads any file when the name contains ../ sequences.", "佐藤 健",
                "sato@example.org", ""), List.of());
        page = "/orgs/" + vendor.id() + "/psirt/" + receipt.report().id();
    }

    @Test
    void theTeamScoresAndMovesTheReportOnWhileTheReporterReadsWhatTheyAreTold() throws Exception {
        UUID product = products.add(vendor.id(), "SMX 画像サーバ").id();
        UUID affected = products.addVersion(vendor.id(), product, "3.2", Lifecycle.UNKNOWN).id();
        products.addVersion(vendor.id(), product, "4.0", Lifecycle.UNKNOWN);

        String assessed = editor.submit(page + "/assessment",
                "cvss4", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
                "cvss31", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", "affected", affected.toString(),
                "otherVersions", "3.0.0 – 3.1.9", "dueOn", "2027-01-15").getContentAsString();
        assertThat(assessed).contains("評価を保存しました。", "基本値 9.3（緊急）", "基本値 7.5（高）", "3.0.0 – 3.1.9",
                "2027-01-15");
        assertThat(reports.get(vendor.id(), receipt.report().id()).affected()).containsExactly(affected);
        assertThat(assessed).containsPattern("value=\"" + affected + "\"\\s+checked")
                .contains("SMX 画像サーバ 4.0");

        editor.submit(page + "/state", "to", "confirmed", "note", "再現を確認しました。修正版を準備します。");
        editor.submit(page + "/state", "to", "fix-planned", "note", "");
        String fixed = editor.submit(page + "/state", "to", "fixed", "note", "3.2.5 で修正しました。")
                .getContentAsString();
        assertThat(fixed).contains("状況を更新しました。", "修正済み", "公表した");

        String tracking = new WebSession(mvc).get(receipt.trackingUrl().substring(receipt.trackingUrl()
                .indexOf("/psirt/"))).getContentAsString();
        assertThat(tracking).contains("修正済み", "再現を確認しました。修正版を準備します。", "3.2.5 で修正しました。")
                .doesNotContain("CVSS:4.0", "3.0.0 – 3.1.9");
        assertThat(editor.get("/orgs/" + vendor.id() + "/psirt").getContentAsString()).contains("緊急 9.3");
    }

    @Test
    void vectorsThatAreNotCompleteAndStepsOutOfOrderAreRefused() throws Exception {
        assertThat(editor.submit(page + "/assessment", "cvss4", "CVSS:4.0/AV:N/AC:L", "cvss31", "")
                .getContentAsString()).contains("CVSS 4.0 のベクトルとして読めません。");
        assertThat(editor.submit(page + "/state", "to", "disclosed", "note", "").getContentAsString())
                .contains("この報告は、その段階には進められません。", "受付");
        assertThat(reports.get(vendor.id(), receipt.report().id()).report().state()).isEqualTo(ReportState.NEW);
    }

    @Test
    void aReportNotTriagedWithinFiveDaysShowsAsOverdue() throws Exception {
        assertThat(editor.get("/orgs/" + vendor.id() + "/psirt").getContentAsString()).doesNotContain("期限超過");

        clock.advance(Duration.ofDays(6));

        assertThat(editor.get("/orgs/" + vendor.id() + "/psirt").getContentAsString()).contains("期限超過");
        editor.submit(page + "/state", "to", "confirmed", "note", "");
        assertThat(editor.get("/orgs/" + vendor.id() + "/psirt").getContentAsString()).doesNotContain("期限超過");
    }
}
