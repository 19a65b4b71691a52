package io.shinrai.server.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.risk.AssessmentState;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A vendor's quality staff assess a remote maintenance service in the browser: rows edited with core's checks, the
 * review from draft to accepted with who and when, and an accepted version that only changes as a new version.
 */
@ShinraiTest
@AutoConfigureMockMvc
class RiskAssessmentPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RiskAssessments assessments;

    Organisation vendor;
    WebSession editor;
    WebSession reviewer;
    String base;

    @BeforeEach
    void vendorWithAService() throws Exception {
        vendor = fixtures.organisation(OrganisationKind.SERVICE_PROVIDER);
        editor = signedIn(fixtures.member(vendor, OrgRole.EDITOR));
        reviewer = signedIn(fixtures.member(vendor, OrgRole.REVIEWER));
        String service = editor.post("/orgs/" + vendor.id() + "/remote-services", "name", "CT リモート保守")
                .getRedirectedUrl();
        String assessment = editor.post(service + "/assessments", "method", "built-in:ipa-3", "hospital", "",
                "start", "template-remote-maintenance").getRedirectedUrl();
        base = assessment;
    }

    @Test
    void aNewAssessmentStartsFromTheTemplateWithRisksAndTiersComputed() throws Exception {
        String page = editor.get(base).getContentAsString();

        assertThat(page).contains("CT リモート保守", "作成中", "T01", "保守用端末（事業者側）", "8.7, 8.8, rss-sds:7.1",
                "受容不可", "ヒートマップ");
        assertThat(editor.get("/orgs/" + vendor.id() + "/remote-services").getContentAsString())
                .contains("CT リモート保守");
    }

    @Test
    void aWorkedSampleGivesItsRowsAndItsStatedReasons() throws Exception {
        String service = editor.get(base).getContentAsString()
                .replaceAll("(?s).*href=\"(/orgs/[0-9a-f-]+/remote-services/[0-9a-f-]+)\".*", "$1");
        assertThat(editor.get(service).getContentAsString()).contains("CT 装置のリモート保守（TLS・クライアント証明書）記入例");

        String sample = editor.post(service + "/assessments", "method", "built-in:multiplicative-3", "start",
                "sample-ct-tls").getRedirectedUrl();

        assertThat(editor.get(sample).getContentAsString()).contains("R01", "積算");
        assertThat(editor.get(sample + "/soa").getContentAsString()).contains("クラウドサービスを使わない。");
    }

    @Test
    void aRowIsSavedAndItsRiskRecalculated() throws Exception {
        MockHttpServletResponse saved = editor.submit(base + "/rows", row("T01", "1", "1", "1", "8.7"));

        assertThat(saved.getContentAsString()).contains("行を保存し、リスク値を再計算しました。");
        assertThat(assessment().rows().get(0).residual().threat()).isEqualTo(1);
        assertThat(assessment().risks().get(0).residual()).isEqualTo(2);
    }

    @Test
    void aLevelOutsideTheScaleAndAnUnknownControlAreRefusedWithTheirReasons() throws Exception {
        MockHttpServletResponse refused = editor.post(base + "/rows", row("T01", "4", "1", "1", "8.7, 9.9"));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("資産価値（機密性）「4」は 1〜3 の範囲外です。");
        refused = editor.post(base + "/rows", row("T01", "3", "1", "1", "8.7, 9.9"));
        assertThat(refused.getContentAsString()).contains("管理策「9.9」は ISO/IEC 27001:2022 附属書 A にありません");
        assertThat(assessment().rows().get(0).controls()).hasSize(4);
    }

    @Test
    void theReviewRecordsWhoSubmittedAndWhoAcceptedAndFreezesTheVersion() throws Exception {
        editor.post(base + "/state", "to", "SUBMITTED");
        MockHttpServletResponse accepted = reviewer.submit(base + "/state", "to", "ACCEPTED");

        assertThat(accepted.getContentAsString()).contains("承認しました。", "承認済み", "新しい版を作成");
        assertThat(stored().submittedBy()).startsWith("Test ");
        assertThat(stored().decidedBy()).isNotEqualTo(stored().submittedBy());
        assertThat(stored().decidedAt()).isNotNull();

        MockHttpServletResponse edit = editor.post(base + "/rows", row("T01", "1", "1", "1", "8.7"));
        assertThat(edit.getStatus()).isEqualTo(400);
        assertThat(edit.getContentAsString()).contains("承認済みの版（第 1 版）は変更できません。新しい版を作って変更してください。");
        assertThat(stored().state()).isEqualTo(AssessmentState.ACCEPTED);

        String next = editor.post(base + "/next-version").getRedirectedUrl();
        assertThat(editor.get(next).getContentAsString()).contains("第2版", "作成中");
        assertThat(editor.submit(next + "/rows", row("T01", "1", "1", "1", "8.7")).getContentAsString())
                .contains("行を保存し");
        assertThat(assessment().rows().get(0).controls()).hasSize(4);
    }

    @Test
    void anEditorCannotAcceptAndAViewerCannotSubmit() throws Exception {
        WebSession viewer = signedIn(fixtures.member(vendor, OrgRole.VIEWER));

        assertThat(viewer.post(base + "/state", "to", "SUBMITTED").getStatus()).isEqualTo(403);
        editor.post(base + "/state", "to", "SUBMITTED");
        assertThat(reviewer.post(base + "/state", "to", "DRAFT").getStatus()).isEqualTo(403);
        assertThat(stored().state()).isEqualTo(AssessmentState.SUBMITTED);
    }

    @Test
    void theStatementOfApplicabilityListsThe93ControlsWithTheRowsThatUseThem() throws Exception {
        String soa = editor.get(base + "/soa").getContentAsString();

        assertThat(soa).contains("附属書 A の 93 管理策のうち", "リスク対応に用いる（T01）。", "このサービスのリスク対応では用いていない。");
    }

    @Test
    void aControlIsDeclaredNotApplicableWithItsReasonButNotOneTheRiskListUses() throws Exception {
        MockHttpServletResponse declared = editor.submit(base + "/soa", "control", "5.23", "reasonJa",
                "クラウドサービスを使わない。", "reasonEn", "No cloud service is used.");

        assertThat(declared.getContentAsString()).contains("適用宣言書の理由を保存しました。", "クラウドサービスを使わない。");
        assertThat(editor.submit(base + "/soa", "control", "8.7", "reasonJa", "不要", "reasonEn", "")
                .getContentAsString()).contains("適用除外: 管理策 8.7 はリスク一覧で使われています。");
        assertThat(assessment().notApplicable()).containsOnlyKeys("5.23");
    }

    @Test
    void everyPageReadsInJapaneseAndInEnglishWithoutAMissingMessage() throws Exception {
        String service = editor.get(base).getContentAsString()
                .replaceAll("(?s).*href=\"(/orgs/[0-9a-f-]+/remote-services/[0-9a-f-]+)\".*", "$1");
        String method = editor.post("/orgs/" + vendor.id() + "/risk-methods", "from", "multiplicative-3")
                .getRedirectedUrl();
        List<String> pages = List.of("/orgs/" + vendor.id() + "/remote-services", service, service + "/sla",
                "/orgs/" + vendor.id() + "/risk-methods", method, base, base + "/rows/T01", base + "/new-row",
                base + "/soa");
        for (String page : pages) {
            String japanese = editor.get(page + "?lang=ja").getContentAsString();
            String english = editor.get(page + "?lang=en").getContentAsString();
            assertThat(japanese).as(page).doesNotContain("??").contains("リモートサービス");
            assertThat(english).as(page).doesNotContain("??").contains("Remote services");
        }
        assertThat(editor.get(base + "?lang=en").getContentAsString()).contains("Not acceptable", "Submit for approval");
        editor.get(base + "?lang=ja");
    }

    private String[] row(String id, String confidentiality, String residualThreat, String residualVulnerability,
                         String controls) {
        List<String> form = new ArrayList<>(List.of("replacing", id, "id", id, "asset", "maintenance-pc",
                "c", confidentiality, "i", "2", "a", "2", "threat", "malware", "vulnerability", "unpatched-software",
                "inherentThreat", "3", "inherentVulnerability", "2", "controls", controls,
                "residualThreat", residualThreat, "residualVulnerability", residualVulnerability,
                "responsibility", "VENDOR", "treatment", "MITIGATE", "owner", "品質保証課", "due", "2027-03-31"));
        return form.toArray(String[]::new);
    }

    private StoredAssessment stored() {
        return assessments.get(vendor.id(), UUID.fromString(base.substring(base.lastIndexOf('/') + 1)));
    }

    private io.shinrai.risk.Assessment assessment() {
        return stored().assessment();
    }

    private WebSession signedIn(UserAccount user) throws Exception {
        WebSession session = new WebSession(mvc);
        session.signIn(user.email(), Fixtures.PASSWORD);
        return session;
    }
}
