package io.shinrai.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.shinrai.disclosure.file.UnusableFileException;

/** A ledger file comes from anyone's spreadsheet: it is read with problems named per row, or refused, nothing else. */
class LedgerReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyFileIsReadOrRefusedWithAReason(FuzzedDataProvider data) {
        try {
            LedgerImport read = new LedgerReader().read(data.consumeRemainingAsBytes());
            assertThat(read.entries().size() + read.problems().size()).isLessThanOrEqualTo(LedgerSheet.MAX_ROWS + 1);
            read.problems().forEach(problem -> assertThat(problem.message().ja()).isNotBlank());
        } catch (UnusableFileException refused) {
            assertThat(refused.reason().en()).isNotBlank();
        }
    }
}
