package io.shinrai.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.shinrai.audit.ChainExport;
import io.shinrai.audit.ChainVerdict;
import io.shinrai.audit.ChainedRecord;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import io.shinrai.server.Fixtures;
import io.shinrai.server.MovableClock;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.account.UserAccount;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ShinraiTest
@AutoConfigureMockMvc
class AuditTrailTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditRepository repository;
    @Autowired
    ChainSeal seal;
    @Autowired
    MovableClock clock;
    @Autowired
    JsonMapper json;

    private Organisation hospital;
    private String editorToken;

    @BeforeEach
    void hospitalWithAnAuditFeed() {
        hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        UserAccount admin = fixtures.member(hospital, OrgRole.ORG_ADMIN);
        editorToken = tokens.issue(hospital.id(), admin.id(), "EHR audit feed", OrgRole.EDITOR, Duration.ofDays(30))
                .secret();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String secret) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
    }

    private JsonNode sendDicom(String xml) throws Exception {
        MockHttpServletResponse response = send(post("/api/v1/organisations/" + hospital.id() + "/audit/dicom")
                .contentType(MediaType.APPLICATION_XML).content(xml.getBytes(StandardCharsets.UTF_8)), editorToken);
        assertThat(response.getStatus()).isEqualTo(201);
        return json.readTree(response.getContentAsString());
    }

    private WebSession platformAdmin() throws Exception {
        UserAccount admin = fixtures.platformAdmin();
        byte[] secret = fixtures.enrolTotp(admin);
        WebSession session = new WebSession(mvc);
        session.signIn(admin.email(), Fixtures.PASSWORD);
        session.post("/login/two-factor", "code", fixtures.currentCode(secret));
        return session;
    }

    @Test
    void aDicomMessageIsKeptOnceTheAnswerComes() throws Exception {
        JsonNode kept = sendDicom(AuditMessages.patientRecordRead("yamada", "P-1", "10.1.2.3"));

        assertThat(kept.path("validity").asString()).isEqualTo("VALID");
        ChainedRecord stored = repository.find(kept.path("sequence").asLong()).orElseThrow();
        assertThat(stored.hash()).isEqualTo(kept.path("hash").asString());
        assertThat(stored.record().organisationId()).isEqualTo(hospital.id());
        assertThat(stored.record().summary().userId()).isEqualTo("yamada");
        assertThat(stored.record().summary().patientIds()).containsExactly("P-1");
        assertThat(new String(stored.record().raw(), StandardCharsets.UTF_8)).contains("Patient Record");
    }

    @Test
    void aMessageThatBreaksTheSchemaIsKeptAndMarked() throws Exception {
        JsonNode kept = sendDicom(AuditMessages.patientRecordRead("yamada", "P-2", "10.1.2.3")
                .replace("UserIsRequestor=\"true\"", ""));

        assertThat(kept.path("validity").asString()).isEqualTo("INVALID");
        assertThat(kept.path("problems").toString()).contains("UserIsRequestor");
        assertThat(repository.find(kept.path("sequence").asLong()).orElseThrow().record().summary().patientIds())
                .containsExactly("P-2");
    }

    @Test
    void aFhirAuditEventIsKept() throws Exception {
        MockHttpServletResponse response = send(post("/api/v1/organisations/" + hospital.id()
                + "/audit/fhir/AuditEvent").contentType("application/fhir+json")
                .content(AuditMessages.fhirLogin("sato")), editorToken);

        assertThat(response.getStatus()).isEqualTo(201);
        JsonNode kept = json.readTree(response.getContentAsString());
        assertThat(kept.path("validity").asString()).isEqualTo("VALID");
        assertThat(response.getHeader(HttpHeaders.LOCATION)).endsWith("/audit/records/" + kept.path("sequence"));
    }

    @Test
    void aViewerTokenCannotWriteToTheTrail() throws Exception {
        UserAccount admin = fixtures.member(hospital, OrgRole.ORG_ADMIN);
        String viewer = tokens.issue(hospital.id(), admin.id(), "reader", OrgRole.VIEWER, Duration.ofDays(1)).secret();

        assertThat(send(post("/api/v1/organisations/" + hospital.id() + "/audit/dicom")
                .content(AuditMessages.patientRecordRead("x", "P", "1.2.3.4")), viewer).getStatus()).isEqualTo(403);
    }

    @Test
    void theChainVerifiesThroughTheApiAndThePage() throws Exception {
        sendDicom(AuditMessages.patientRecordRead("yamada", "P-3", "10.1.2.3"));
        seal.checkpoint();
        sendDicom(AuditMessages.patientRecordRead("suzuki", "P-3", "10.1.2.4"));
        WebSession admin = platformAdmin();

        ChainReport report = json.readValue(admin.get("/api/v1/platform/audit/verify", MediaType.APPLICATION_JSON)
                .getContentAsString(), ChainReport.class);
        assertThat(report.intact()).isTrue();
        assertThat(report.checkpoints()).isPositive();
        assertThat(report.lastSequence()).isEqualTo(repository.head().sequence());
        assertThat(admin.post("/platform/audit/verify").getContentAsString()).contains("ハッシュチェーンは完全です");

        byte[] exported = admin.get("/api/v1/platform/audit/chain", MediaType.ALL).getContentAsByteArray();
        ChainExport.Verified offline = ChainExport.verify(new ByteArrayInputStream(exported),
                Optional.of(report.keyFingerprint()));
        assertThat(offline.verdict()).isInstanceOf(ChainVerdict.Intact.class);
        assertThat(((ChainVerdict.Intact) offline.verdict()).lastSequence()).isEqualTo(report.lastSequence());
    }

    @Test
    void verificationNamesTheRecordThatWasEditedInTheDatabase() throws Exception {
        long sequence = sendDicom(AuditMessages.patientRecordRead("yamada", "P-4", "10.1.2.3")).path("sequence").asLong();
        sendDicom(AuditMessages.patientRecordRead("yamada", "P-5", "10.1.2.3"));
        try {
            jdbc.sql("update audit_record set user_id = 'someone-else' where sequence = :s").param("s", sequence)
                    .update();

            assertThat(ChainReport.of(seal.verify(), "")).extracting(ChainReport::intact, ChainReport::finding,
                    ChainReport::firstSequence).containsExactly(false, "ALTERED", sequence);
            assertThat(platformAdmin().post("/platform/audit/verify").getContentAsString())
                    .contains("レコード " + sequence + " が変更されています");
        } finally {
            jdbc.sql("update audit_record set user_id = 'yamada' where sequence = :s").param("s", sequence).update();
        }
        assertThat(ChainReport.of(seal.verify(), "").intact()).isTrue();
    }

    @Test
    void verificationNamesADeletedRecordAndATruncatedTail() throws Exception {
        long first = sendDicom(AuditMessages.patientRecordRead("a", "P-6", "10.1.2.3")).path("sequence").asLong();
        long last = sendDicom(AuditMessages.patientRecordRead("b", "P-6", "10.1.2.3")).path("sequence").asLong();
        seal.checkpoint();
        ChainedRecord firstRecord = repository.find(first).orElseThrow();
        ChainedRecord lastRecord = repository.find(last).orElseThrow();
        try {
            jdbc.sql("delete from audit_record where sequence = :s").param("s", first).update();
            assertThat(ChainReport.of(seal.verify(), "")).extracting(ChainReport::finding,
                    ChainReport::firstSequence, ChainReport::lastSequence).containsExactly("DELETED", first, first);
            repository.insert(List.of(firstRecord));

            jdbc.sql("delete from audit_record where sequence = :s").param("s", last).update();
            assertThat(ChainReport.of(seal.verify(), "")).extracting(ChainReport::finding,
                    ChainReport::firstSequence).containsExactly("DELETED", last);
        } finally {
            if (repository.find(first).isEmpty()) {
                repository.insert(List.of(firstRecord));
            }
            if (repository.find(last).isEmpty()) {
                repository.insert(List.of(lastRecord));
            }
        }
        assertThat(ChainReport.of(seal.verify(), "").intact()).isTrue();
    }

    @Test
    void pruningBehindASignedMarkerKeepsTheChainVerifiable() throws Exception {
        sendDicom(AuditMessages.patientRecordRead("old", "P-7", "10.1.2.3"));
        clock.advance(Duration.ofDays(1));
        long kept = sendDicom(AuditMessages.patientRecordRead("new", "P-7", "10.1.2.3")).path("sequence").asLong();

        int deleted = seal.prune(clock.instant().minus(Duration.ofHours(1)));

        assertThat(deleted).isPositive();
        assertThat(repository.find(kept - 1)).isEmpty();
        ChainReport report = ChainReport.of(seal.verify(), "");
        assertThat(report.intact()).isTrue();
        assertThat(report.firstSequence()).isEqualTo(kept);
        try {
            jdbc.sql("update audit_deletion set last_hash = :h where last_sequence = :s").param("h", "0".repeat(64))
                    .param("s", kept - 1).update();
            assertThat(ChainReport.of(seal.verify(), "").finding()).isEqualTo("FORGED_SIGNATURE");
        } finally {
            jdbc.sql("update audit_deletion set last_hash = :h where last_sequence = :s")
                    .param("h", repository.find(kept).orElseThrow().previousHash()).param("s", kept - 1).update();
        }
    }
}
