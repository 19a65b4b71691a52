package io.shinrai.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Whatever XML arrives, reading it gives one of the three readings with a summary, never an exception. */
class DicomAuditReaderFuzzTest {

    private final DicomAuditReader reader = new DicomAuditReader();

    @FuzzTest(maxDuration = "30s")
    void anyBytesAreReadAsOneOfTheThreeReadings(FuzzedDataProvider data) {
        AuditReading reading = reader.read(data.consumeRemainingAsBytes());
        assertThat(reading.summary()).isNotNull();
        assertThat(reading.validity() == Validity.VALID).isEqualTo(reading.problems().isEmpty());
    }
}
