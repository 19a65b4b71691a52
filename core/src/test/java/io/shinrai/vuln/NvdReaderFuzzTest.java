package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;

/** A feed file comes from outside: its CVEs are read, or it is refused or reported with a reason. */
class NvdReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyFileIsReadOrReported(FuzzedDataProvider data) throws Exception {
        Path file = Files.createTempFile("nvd-", ".json");
        try {
            Files.write(file, data.consumeRemainingAsBytes());
            new NvdReader().read(file, advisory -> assertThat(advisory.id()).isNotBlank())
                    .forEach(problem -> assertThat(problem.ja()).isNotBlank());
        } catch (UnreadableAdvisoryException refused) {
            assertThat(refused.reason().en()).isNotBlank();
        } finally {
            Files.delete(file);
        }
    }
}
