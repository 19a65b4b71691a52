package io.shinrai.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.shinrai.audit.ChainedRecord;
import io.shinrai.audit.DicomEvent;
import io.shinrai.audit.Validity;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.apitoken.ApiTokens;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ShinraiTest
@AutoConfigureMockMvc
class AuditReviewTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AuditRepository repository;
    @Autowired
    JsonMapper json;

    private Organisation hospital;
    private UserAccount reviewer;
    private String feedToken;
    private String reviewerToken;

    @BeforeEach
    void hospitalWithATrail() throws Exception {
        hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        UserAccount admin = fixtures.member(hospital, OrgRole.ORG_ADMIN);
        reviewer = fixtures.member(hospital, OrgRole.REVIEWER);
        feedToken = tokens.issue(hospital.id(), admin.id(), "feed", OrgRole.EDITOR, Duration.ofDays(1)).secret();
        reviewerToken = tokens.issue(hospital.id(), admin.id(), "review", OrgRole.REVIEWER, Duration.ofDays(1))
                .secret();
        feed(AuditMessages.patientRecordRead("yamada", "P-100", "10.0.0.1"));
        feed(AuditMessages.patientRecordRead("suzuki", "P-200", "10.0.0.2"));
        feed(AuditMessages.patientRecordRead("yamada", "P-200", "10.0.0.3")
                .replace("EventOutcomeIndicator=\"0\"", "EventOutcomeIndicator=\"4\""));
    }

    private void feed(String xml) throws Exception {
        assertThat(call(post("/api/v1/organisations/" + hospital.id() + "/audit/dicom")
                .content(xml.getBytes(StandardCharsets.UTF_8)), feedToken).getStatus()).isEqualTo(201);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String secret) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
    }

    private JsonNode records(String query) throws Exception {
        MockHttpServletResponse response = call(get("/api/v1/organisations/" + hospital.id() + "/audit/records?"
                + query), reviewerToken);
        assertThat(response.getStatus()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    private static List<String> users(JsonNode page) {
        return page.path("records").values().stream().map(row -> row.path("userId").asString()).toList();
    }

    @Test
    void theReviewerSeesWhoOpenedWhichPatientsRecordFromWhere() throws Exception {
        WebSession session = new WebSession(mvc);
        session.signIn(reviewer.email(), Fixtures.PASSWORD);

        String page = session.get("/orgs/" + hospital.id() + "/audit?participant=P-200").getContentAsString();

        assertThat(page).contains("監査証跡").contains("医師 suzuki").contains("10.0.0.2").contains("医師 yamada")
                .contains("10.0.0.3").contains("Patient Record").contains("軽微な失敗")
                .doesNotContain("10.0.0.1");
        assertThat(session.get("/orgs/" + hospital.id() + "/audit?lang=en").getContentAsString())
                .contains("who accessed which patient").contains("Minor failure");
    }

    @Test
    void filtersByUserOutcomeEventAndSource() throws Exception {
        assertThat(users(records("user=yamada"))).containsExactly("yamada", "yamada");
        assertThat(users(records("outcome=MINOR_FAILURE"))).containsExactly("yamada");
        assertThat(users(records("eventId=110110&source=EHR01&participant=P-100"))).containsExactly("yamada");
        assertThat(users(records("eventId=110112"))).isEmpty();
        assertThat(users(records("source=PACS"))).isEmpty();
        assertThat(users(records("from=2020-01-01&to=2020-01-31"))).isEmpty();
        assertThat(users(records("from=2026-11-20&to=2026-11-20&eventId=110110"))).hasSize(3);
    }

    @Test
    void pagesGoBackInTimeWithoutRepeatingOrSkipping() throws Exception {
        JsonNode first = records("eventId=110110&size=2");
        assertThat(users(first)).containsExactly("yamada", "suzuki");
        JsonNode second = records("eventId=110110&size=2&before=" + first.path("nextBefore").asLong());
        assertThat(users(second)).containsExactly("yamada");
        assertThat(second.path("nextBefore").isNull()).isTrue();
    }

    @Test
    void exportsAsCsvAndJsonAndRecordsTheExport() throws Exception {
        MockHttpServletResponse csv = call(get("/api/v1/organisations/" + hospital.id()
                + "/audit/export?format=CSV&eventId=110110"), reviewerToken);
        assertThat(csv.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("audit-trail.csv");
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(4);
        assertThat(text).contains("P-200").contains("10.0.0.2").contains("医師 suzuki");

        MockHttpServletResponse exported = call(get("/api/v1/organisations/" + hospital.id()
                + "/audit/export?format=JSON&participant=P-100"), reviewerToken);
        JsonNode rows = json.readTree(exported.getContentAsString(StandardCharsets.UTF_8));
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.get(0).path("patientIds").get(0).asString()).isEqualTo("P-100");

        List<ChainedRecord> own = repository.search(hospital.id(), new AuditQuery(null, null, null, null,
                DicomEvent.EXPORT.code().code(), null, null, OwnAuditEvents.SOURCE_ID), ActivityLog.DISPLAY_ZONE,
                Long.MAX_VALUE, 10);
        assertThat(own).hasSize(2);
        assertThat(own).extracting(record -> record.record().summary().objectIds().get(0))
                .containsExactly("/orgs/" + hospital.id() + "/audit/export?format=JSON",
                        "/orgs/" + hospital.id() + "/audit/export?format=CSV");
        assertThat(own).allSatisfy(record -> assertThat(record.record().validity()).isEqualTo(Validity.VALID));
    }

    @Test
    void everyLookAtTheTrailIsItselfRecorded() throws Exception {
        records("user=yamada");

        List<ChainedRecord> own = repository.search(hospital.id(), new AuditQuery(null, null, null, null,
                DicomEvent.AUDIT_LOG_USED.code().code(), null, null, null), ActivityLog.DISPLAY_ZONE,
                Long.MAX_VALUE, 10);
        assertThat(own).hasSize(1);
        assertThat(own.get(0).record().summary().userName()).contains("review");
        assertThat(own.get(0).record().validity()).isEqualTo(Validity.VALID);
    }
}
