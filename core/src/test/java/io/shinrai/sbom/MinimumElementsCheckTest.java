package io.shinrai.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinimumElementsCheckTest {

    private static MinimumElementsReport check(InputStream in, int examples) throws Exception {
        MinimumElementsCheck check = new MinimumElementsCheck(examples);
        SbomFile.read(in, check);
        return check.report();
    }

    @Test
    void countsEachComponentElementAndNamesThoseThatLackIt() throws Exception {
        MinimumElementsReport report;
        try (InputStream in = getClass().getResourceAsStream("/sbom/infusion-pump-1.6.json")) {
            report = check(in, 20);
        }

        assertThat(report.components()).isEqualTo(5);
        assertThat(report.componentElements())
                .extracting(ElementCoverage::element, ElementCoverage::present, ElementCoverage::missing,
                        ElementCoverage::missingExamples)
                .containsExactly(
                        tuple(MinimumElement.SUPPLIER, 3L, 2L, List.of("busybox", "firmware-blob")),
                        tuple(MinimumElement.COMPONENT_NAME, 5L, 0L, List.of()),
                        tuple(MinimumElement.VERSION, 4L, 1L, List.of("firmware-blob")),
                        tuple(MinimumElement.UNIQUE_IDENTIFIER, 4L, 1L, List.of("firmware-blob")));
        assertThat(report.documentElements())
                .extracting(DocumentElement::element, DocumentElement::present, DocumentElement::value)
                .containsExactly(
                        tuple(MinimumElement.RELATIONSHIPS, true, "4"),
                        tuple(MinimumElement.AUTHOR, true, "Shinrai Medical PSIRT, Tool: sbom-builder 2.1"),
                        tuple(MinimumElement.TIMESTAMP, true, "2026-04-01T09:30:00+09:00"));
        assertThat(report.complete()).isFalse();
    }

    @Test
    void keepsOnlyAsManyExamplesAsAskedAndTheDocumentElementsItLacks() throws Exception {
        MinimumElementsReport report;
        try (InputStream in = Files.newInputStream(SharedSbomFiles.named("cyclonedx/laravel-7.12.0__bom.1.2.xml"))) {
            report = check(in, 3);
        }

        ElementCoverage supplier = report.componentElements().get(0);
        assertThat(supplier.element()).isEqualTo(MinimumElement.SUPPLIER);
        assertThat(supplier.missing()).isEqualTo(report.components()).isGreaterThan(3);
        assertThat(supplier.missingExamples()).hasSize(3);
        assertThat(report.documentElements()).extracting(DocumentElement::element, DocumentElement::present)
                .containsExactly(tuple(MinimumElement.RELATIONSHIPS, true), tuple(MinimumElement.AUTHOR, true),
                        tuple(MinimumElement.TIMESTAMP, false));
    }

    @Test
    void aFileWithEveryElementIsComplete() throws Exception {
        String complete = """
                {"bomFormat": "CycloneDX", "specVersion": "1.6",
                 "metadata": {"timestamp": "2026-04-01T00:00:00Z", "authors": [{"name": "PSIRT"}]},
                 "components": [{"type": "library", "bom-ref": "z", "name": "zlib", "version": "1.3.1",
                   "supplier": {"name": "zlib project"}, "purl": "pkg:generic/zlib@1.3.1"}],
                 "dependencies": [{"ref": "z", "dependsOn": []}, {"ref": "app", "dependsOn": ["z"]}]}
                """;
        MinimumElementsReport report = check(new ByteArrayInputStream(complete.getBytes()), 20);

        assertThat(report.complete()).isTrue();
    }
}
