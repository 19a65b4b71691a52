package io.shinrai.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DicomAuditWriterTest {

    @Test
    void whatIsWrittenReadsBackAsAValidMessage() {
        AuditMessage written = new AuditMessage(DicomEvent.EXPORT.code(), "R",
                Instant.parse("2026-11-26T01:02:03.456Z"), Outcome.SUCCESS, List.of(),
                List.of(new ActiveParticipant("reviewer@example.jp", null, "審査 花子", true, "192.0.2.1",
                        List.of(new Code("110153", Code.DCM, "Source Role ID")))),
                new AuditSource("Shinrai", "Tokyo General", List.of(new Code("4", Code.DCM, "Application Server"))),
                List.of(new ParticipantObject("P-1", 1, 1, new Code("2", "RFC-3881", "Patient Number"), "鈴木 <一郎>")));

        AuditReading reading = new DicomAuditReader().read(new DicomAuditWriter().write(written));

        assertThat(reading).isEqualTo(new AuditReading.Valid(written));
    }
}
