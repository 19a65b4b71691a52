package io.shinrai.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DicomAuditReaderTest {

    private final DicomAuditReader reader = new DicomAuditReader();

    @Test
    void readsWhoReadWhichPatientsRecordFromWhere() {
        AuditReading reading = reader.read(AuditSamples.bytes("patient-record-read.xml"));

        assertThat(reading).isInstanceOf(AuditReading.Valid.class);
        AuditMessage message = ((AuditReading.Valid) reading).message();
        assertThat(DicomEvent.of(message.eventId())).contains(DicomEvent.PATIENT_RECORD);
        assertThat(message.action()).isEqualTo("R");
        assertThat(message.eventTime()).isEqualTo(Instant.parse("2026-11-20T00:15:02.123Z"));
        assertThat(message.outcome()).isEqualTo(Outcome.SUCCESS);
        AuditSummary summary = reading.summary();
        assertThat(summary.userId()).isEqualTo("yamada");
        assertThat(summary.userName()).isEqualTo("山田 花子");
        assertThat(summary.networkAccessPoint()).isEqualTo("10.1.2.3");
        assertThat(summary.sourceId()).isEqualTo("EHR01");
        assertThat(summary.siteId()).isEqualTo("Tokyo General");
        assertThat(summary.patientIds()).containsExactly("P-000123");
    }

    @Test
    void knowsTheRemoteServiceEventTypes() {
        AuditReading reading = reader.read(AuditSamples.bytes("remote-service-started.xml"));

        assertThat(reading.validity()).isEqualTo(Validity.VALID);
        assertThat(((AuditReading.Valid) reading).message().eventTypes())
                .map(DicomEventType::of)
                .containsExactly(java.util.Optional.of(DicomEventType.REMOTE_SERVICE_OPERATION_STARTED));
        assertThat(reading.summary().eventTypes()).containsExactly("DCM:110139");
    }

    @Test
    void keepsWhatCanBeReadOfAMessageThatBreaksTheSchema() {
        String withoutSource = AuditSamples.text("patient-record-read.xml")
                .replaceAll("(?s)<AuditSourceIdentification.*?</AuditSourceIdentification>", "")
                .replace("EventOutcomeIndicator=\"0\"", "EventOutcomeIndicator=\"3\"");

        AuditReading reading = reader.read(withoutSource.getBytes(StandardCharsets.UTF_8));

        assertThat(reading.validity()).isEqualTo(Validity.INVALID);
        assertThat(String.join("\n", reading.problems())).contains("EventOutcomeIndicator")
                .contains("AuditSourceIdentification");
        assertThat(reading.summary().userId()).isEqualTo("yamada");
        assertThat(reading.summary().patientIds()).containsExactly("P-000123");
    }

    @Test
    void anEventIdOutsideTheDicomRangeIsAProblem() {
        String unknown = AuditSamples.text("patient-record-read.xml").replace("110110", "110199");

        AuditReading reading = reader.read(unknown.getBytes(StandardCharsets.UTF_8));

        assertThat(reading.validity()).isEqualTo(Validity.INVALID);
        assertThat(reading.problems()).containsExactly(
                "EventID 110199 is not a DICOM audit event (DCM 110100 to 110114)");
    }

    @Test
    void refusesExternalEntitiesWithoutReadingTheFile(@TempDir Path folder) throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET");
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE AuditMessage [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>" + AuditSamples.text("patient-record-read.xml").replaceFirst("<\\?xml[^>]*>", "")
                .replace("yamada", "&x;");

        AuditReading reading = reader.read(hostile.getBytes(StandardCharsets.UTF_8));

        assertThat(reading).isInstanceOf(AuditReading.Unreadable.class);
        assertThat(reading.problems().toString()).doesNotContain("TOP-SECRET");
    }

    @Test
    void refusesEntityExpansion() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE AuditMessage [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"")
                    .append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><AuditMessage>&l9;</AuditMessage>");

        AuditReading reading = reader.read(laughs.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(reading).isInstanceOf(AuditReading.Unreadable.class);
    }

    @Test
    void refusesWhatIsNotAnAuditMessage() {
        assertThat(reader.read("<html/>".getBytes(StandardCharsets.UTF_8)).problems())
                .containsExactly("not an AuditMessage but html");
        assertThat(reader.read("<AuditMessage>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AuditReading.Unreadable.class);
        assertThat(reader.read(new byte[DicomAuditReader.MAX_BYTES + 1]).problems())
                .containsExactly("larger than 1048576 bytes");
        String deep = "<AuditMessage>" + "<a>".repeat(50) + "</a>".repeat(50) + "</AuditMessage>";
        assertThat(reader.read(deep.getBytes(StandardCharsets.UTF_8)).problems())
                .containsExactly("nested deeper than 16 elements");
    }
}
