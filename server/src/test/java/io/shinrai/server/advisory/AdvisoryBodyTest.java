package io.shinrai.server.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.vuln.Advisory;
import io.shinrai.vuln.NvdReader;
import io.shinrai.vuln.OsvReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stored advisory reads back as the very advisory that was read from its source file. */
class AdvisoryBodyTest {

    @Test
    void nvdCriteriaWithBoundsEscapesAndWildcardsComeBackUnchanged() throws Exception {
        List<Advisory> read = new ArrayList<>();
        new NvdReader().read(resource("nvd-criteria.json"), read::add);

        assertThat(read).hasSizeGreaterThan(2);
        assertThat(read).allSatisfy(advisory ->
                assertThat(AdvisoryBody.read(AdvisoryBody.write(advisory))).isEqualTo(advisory));
    }

    @Test
    void osvRangesAndEventsComeBackUnchanged() throws Exception {
        List<Advisory> read = new ArrayList<>();
        new OsvReader().read(resource("log4j.osv.json"), read::add);
        new OsvReader().read(resource("jackson-databind.osv.json"), read::add);

        assertThat(read).hasSize(2).allSatisfy(advisory ->
                assertThat(AdvisoryBody.read(AdvisoryBody.write(advisory))).isEqualTo(advisory));
    }

    static Path resource(String name) throws Exception {
        return Path.of(AdvisoryBodyTest.class.getResource("/advisories/" + name).toURI());
    }
}
