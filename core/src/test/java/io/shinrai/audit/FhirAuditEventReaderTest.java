package io.shinrai.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FhirAuditEventReaderTest {

    private final FhirAuditEventReader reader = new FhirAuditEventReader();

    @Test
    void readsAnR4AuditEventLikeADicomMessage() {
        AuditReading reading = reader.read(AuditSamples.bytes("fhir-login.json"));

        assertThat(reading.validity()).isEqualTo(Validity.VALID);
        AuditMessage message = ((AuditReading.Valid) reading).message();
        assertThat(DicomEvent.of(message.eventId())).contains(DicomEvent.USER_AUTHENTICATION);
        assertThat(message.eventTypes()).map(DicomEventType::of)
                .containsExactly(java.util.Optional.of(DicomEventType.LOGIN));
        assertThat(message.outcome()).isEqualTo(Outcome.MINOR_FAILURE);
        assertThat(message.eventTime()).isEqualTo(Instant.parse("2026-11-21T23:30:00.250Z"));
        AuditSummary summary = reading.summary();
        assertThat(summary.userId()).isEqualTo("sato");
        assertThat(summary.networkAccessPoint()).isEqualTo("10.9.8.7");
        assertThat(summary.sourceId()).isEqualTo("PORTAL");
        assertThat(summary.patientIds()).containsExactly("Patient/P-000123");
    }

    @Test
    void keepsAnEventThatLacksWhatR4Requires() {
        String partial = AuditSamples.text("fhir-login.json").replace("\"recorded\"", "\"unrecorded\"")
                .replace("\"requestor\": true,", "");

        AuditReading reading = reader.read(partial.getBytes(StandardCharsets.UTF_8));

        assertThat(reading.validity()).isEqualTo(Validity.INVALID);
        assertThat(reading.problems()).containsExactly("recorded is missing or not a FHIR instant",
                "agent 1 does not say whether it is the requestor");
        assertThat(reading.summary().userId()).isEqualTo("sato");
    }

    @Test
    void refusesWhatIsNotAnAuditEvent() {
        assertThat(reader.read("{\"resourceType\":\"Patient\"}".getBytes(StandardCharsets.UTF_8)).problems())
                .containsExactly("not a FHIR AuditEvent resource");
        assertThat(reader.read("{\"resourceType\":".getBytes(StandardCharsets.UTF_8)).validity())
                .isEqualTo(Validity.UNREADABLE);
        assertThat(reader.read("[]".getBytes(StandardCharsets.UTF_8)).validity()).isEqualTo(Validity.UNREADABLE);
    }
}
