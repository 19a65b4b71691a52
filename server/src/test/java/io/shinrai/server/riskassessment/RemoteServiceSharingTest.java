package io.shinrai.server.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.disclosure.Disclosures;
import io.shinrai.server.disclosure.StoredDisclosure;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A vendor writes the SLA of its remote service from structured terms and links the service's RSS-SDS; a hospital the
 * disclosure is shared with sees the accepted assessment and the SLA with it, and nothing that is not for it.
 */
@ShinraiTest
@AutoConfigureMockMvc
class RemoteServiceSharingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Disclosures disclosures;
    @Autowired
    CatalogueLibrary catalogues;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    Organisation vendor;
    Organisation hospital;
    WebSession editor;
    String service;

    @BeforeEach
    void vendorWithAServiceAndAHospital() throws Exception {
        vendor = fixtures.organisation(OrganisationKind.SERVICE_PROVIDER);
        hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        editor = signedIn(vendor, OrgRole.EDITOR);
        service = editor.post("/orgs/" + vendor.id() + "/remote-services", "name", "CT リモート保守").getRedirectedUrl();
    }

    @Test
    void theSlaIsWrittenFromItsTermsAsADocxInJapaneseOrEnglish() throws Exception {
        MockHttpServletResponse saved = editor.submit(service + "/sla", sla("さくら総合病院", "15"));
        assertThat(saved.getContentAsString()).contains("SLA の条件を保存しました。");

        String japanese = docx(editor.get(service + "/sla/document?format=docx&language=ja"));
        assertThat(japanese).contains("リモート保守サービスレベル合意書", "さくら総合病院（医療機関）", "15 分以内",
                "1. 保守端末を二要素認証で保護する。", "消去証明書");
        assertThat(docx(editor.get(service + "/sla/document?format=docx&language=en")))
                .contains("Remote Maintenance Service Level Agreement", "within 15 minutes");
        assertThat(editor.get(service + "/sla/document?format=pdf").getContentType()).isEqualTo("application/pdf");
    }

    @Test
    void termsThatMakeNoAgreementAreShownAgainWithTheReason() throws Exception {
        MockHttpServletResponse refused = editor.post(service + "/sla", sla("", "0"));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("一次回答までの時間（分）は 1〜1440 にしてください（0）。");
    }

    @Test
    void aHospitalReceivingTheRssSdsSeesTheAcceptedAssessmentAndTheSla() throws Exception {
        StoredDisclosure sds = disclosures.start(vendor.id(), catalogues.find("rss-sds", "1.0").orElseThrow(),
                new BasicInformation(null, vendor.name(), "CT リモート保守", "1"));
        editor.post(service + "/disclosure", "disclosure", sds.id().toString());
        editor.post(service + "/sla", sla("", "30"));
        String accepted = editor.post(service + "/assessments", "method", "built-in:ipa-3", "start", "template-remote-maintenance")
                .getRedirectedUrl();
        editor.post(accepted + "/state", "to", "SUBMITTED");
        signedIn(vendor, OrgRole.REVIEWER).post(accepted + "/state", "to", "ACCEPTED");
        Organisation otherHospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        String joint = editor.post(service + "/assessments", "method", "built-in:ipa-3", "hospital",
                otherHospital.id().toString(), "start", "template-remote-maintenance").getRedirectedUrl();
        editor.post(joint + "/state", "to", "SUBMITTED");
        signedIn(vendor, OrgRole.REVIEWER).post(joint + "/state", "to", "ACCEPTED");
        editor.post(service + "/assessments", "method", "built-in:ipa-3", "start", "template-remote-maintenance");
        WebSession staff = signedIn(hospital, OrgRole.VIEWER);
        String received = "/orgs/" + hospital.id() + "/received/" + sds.id();

        assertThat(staff.get(received + "/remote-service").getStatus()).isEqualTo(404);
        jdbc.sql("insert into disclosure_share (disclosure_id, recipient_id, shared_at) values (:d, :r, :at)")
                .param("d", sds.id()).param("r", hospital.id()).param("at", Timestamp.from(clock.instant())).update();

        assertThat(staff.get(received).getContentAsString()).contains("このリモートサービスのリスクアセスメントと SLA を見る");
        String page = staff.get(received + "/remote-service").getContentAsString();
        assertThat(page).contains("CT リモート保守", "承認済みのリスクアセスメント", "受容不可", "Word（日本語）");
        assertThat(page.split("第1版", -1)).as("only the accepted assessment made for every hospital").hasSize(2);
        String assessmentId = accepted.substring(accepted.lastIndexOf('/') + 1);
        String serviceId = service.substring(service.lastIndexOf('/') + 1);
        assertThat(staff.get(received + "/remote-service/report?assessment=" + assessmentId).getContentType())
                .isEqualTo("application/pdf");
        String jointId = joint.substring(joint.lastIndexOf('/') + 1);
        assertThat(staff.get(received + "/remote-service/report?assessment=" + jointId).getStatus()).isEqualTo(404);
        assertThat(docx(staff.get(received + "/remote-service/sla?service=" + serviceId)))
                .contains("リモート保守サービスレベル合意書");
    }

    private static String[] sla(String hospitalName, String responseMinutes) {
        return new String[] {"hospital", hospitalName, "serviceFrom", "09:00", "serviceTo", "17:30",
                "weekdaysOnly", "true", "responseMinutes", responseMinutes, "restorationHours", "8",
                "incidentNotificationHours", "24", "logRetentionMonths", "12", "medicalInformation", "NO_ACCESS",
                "subcontracting", "NOT_ALLOWED", "terminationNoticeDays", "90",
                "dataOnTermination", "DELETE_WITH_CERTIFICATE", "vendorObligations", "保守端末を二要素認証で保護する。",
                "hospitalObligations", "接続を作業ごとに承認する。"};
    }

    private static String docx(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }

    private WebSession signedIn(Organisation organisation, OrgRole role) throws Exception {
        WebSession session = new WebSession(mvc);
        session.signIn(fixtures.member(organisation, role).email(), Fixtures.PASSWORD);
        return session;
    }
}
