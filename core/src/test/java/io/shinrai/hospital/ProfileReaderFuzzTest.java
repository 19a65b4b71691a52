package io.shinrai.hospital;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.shinrai.catalog.CatalogueLibrary;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.BeforeAll;

/**
 * Whatever a profile file holds, reading it gives a profile or a list of problems, never another failure; and a
 * profile that is read is written back to text that reads as the same profile.
 */
class ProfileReaderFuzzTest {

    static ProfileReader reader;

    @BeforeAll
    static void load() throws Exception {
        reader = new ProfileReader(CatalogueLibrary.load(null));
    }

    @FuzzTest(maxDuration = "30s")
    void anyFileIsReadOrRefusedWithProblems(FuzzedDataProvider data) throws Exception {
        RequirementProfile profile;
        try {
            profile = reader.read(new ByteArrayInputStream(data.consumeRemainingAsBytes()), "fuzzed.yaml");
        } catch (InvalidProfileException refused) {
            return;
        }
        assertThat(reader.read(new ProfileWriter().write(profile), "written.yaml")).isEqualTo(profile);
    }
}
