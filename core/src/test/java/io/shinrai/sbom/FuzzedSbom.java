package io.shinrai.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/** The promise every reader keeps whatever the bytes: a document with named components, or placed problems. */
final class FuzzedSbom {

    private FuzzedSbom() {
    }

    static void readOrRefuse(SbomReader reader, byte[] bytes) throws IOException {
        RecordedSbom recorded = new RecordedSbom();
        try {
            SbomDocument document = reader.read(new ByteArrayInputStream(bytes), recorded);
            assertThat(document).isSameAs(recorded.document);
            assertThat(recorded.components).allSatisfy(component -> assertThat(component.name()).isNotNull());
        } catch (InvalidSbomException refused) {
            assertThat(refused.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(Problems.LIMIT + 1)
                    .allSatisfy(problem -> assertThat(problem.message().ja()).isNotBlank());
        }
    }
}
