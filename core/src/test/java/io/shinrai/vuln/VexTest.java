package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.github.packageurl.PackageURL;
import io.shinrai.catalog.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VexTest {

    private static final Path CISA_SAMPLES = Path.of("..", "..", "shared", "data", "sbom", "cyclonedx");

    private static List<VexStatement> cycloneDx(Path file) throws Exception {
        List<LocalizedText> problems = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            List<VexStatement> statements = CycloneDxVex.read(in, file.getFileName().toString(), problems);
            assertThat(problems).isEmpty();
            return statements;
        }
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(VexTest.class.getResource("/vuln/vex/" + name).toURI());
    }

    @Test
    void cycloneDxRefsBecomePackagesTheProductOrReferencesIntoTheSbom() throws Exception {
        List<VexStatement> statements = cycloneDx(fixture("imagelink-pacs-4.2.0.vex.cdx.json"));

        assertThat(statements).hasSize(3).as("a vulnerability without analysis is no statement");
        VexStatement log4j = statements.get(0);
        assertThat(log4j.vulnerability()).isEqualTo("CVE-2021-44228");
        assertThat(log4j.subject()).isEqualTo(new VexSubject.Package(
                new PackageURL("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1")));
        assertThat(log4j.state()).isEqualTo(VexState.NOT_AFFECTED);
        assertThat(log4j.justification()).contains(VexJustification.CODE_NOT_REACHABLE);
        assertThat(log4j.responses()).containsExactly(VexResponse.WILL_NOT_FIX);
        assertThat(log4j.detail()).startsWith("Message lookups are disabled");
        assertThat(statements.get(1).subject()).isEqualTo(new VexSubject.Reference("npm-deep-merge"));
        assertThat(statements.get(2).subject()).isEqualTo(new VexSubject.Product("ImageLink PACS", "4.2.0"));
        assertThat(statements.get(2).state()).isEqualTo(VexState.IN_TRIAGE);
    }

    @Test
    void theCisaUseCasesSayTheProductIsOrIsNotAffected() throws Exception {
        assumeThat(CISA_SAMPLES).as("the shared data folder beside the project").isDirectory();

        assertThat(cycloneDx(CISA_SAMPLES.resolve("vex-Case-1__vex-not_affected.json"))).singleElement()
                .satisfies(statement -> {
                    assertThat(statement.subject()).isEqualTo(new VexSubject.Product("ABC", "4.2"));
                    assertThat(statement.state()).isEqualTo(VexState.NOT_AFFECTED);
                    assertThat(statement.justification()).contains(VexJustification.CODE_NOT_PRESENT);
                });
        assertThat(cycloneDx(CISA_SAMPLES.resolve("vex-Case-1__vex-affected.json"))).singleElement()
                .satisfies(statement -> {
                    assertThat(statement.state()).isEqualTo(VexState.EXPLOITABLE);
                    assertThat(statement.responses()).containsExactly(VexResponse.WILL_NOT_FIX, VexResponse.UPDATE);
                });
    }

    @Test
    void cycloneDxVexWrittenReadsBackAsTheSameStatements() throws Exception {
        List<VexStatement> statements = cycloneDx(fixture("imagelink-pacs-4.2.0.vex.cdx.json"));
        ByteArrayOutputStream written = new ByteArrayOutputStream();

        CycloneDxVex.write(statements, Instant.parse("2026-03-18T02:00:00Z"), written);

        assertThat(CycloneDxVex.read(new ByteArrayInputStream(written.toByteArray()), "written.json",
                new ArrayList<>())).isEqualTo(statements);
    }

    @Test
    void csafProductStatusFlagsThreatsAndRemediationsBecomeStatements() throws Exception {
        List<LocalizedText> problems = new ArrayList<>();
        List<VexStatement> statements;
        try (InputStream in = Files.newInputStream(CsafReaderTest.fixture("example-sa-2026-0007.json"))) {
            statements = CsafVex.read(in, "sa.json", problems);
        }

        assertThat(problems).isEmpty();
        assertThat(statements).extracting(VexStatement::toString).hasSize(7);
        assertThat(statements.get(0)).isEqualTo(new VexStatement("CVE-2021-44228",
                new VexSubject.Product("ImageLink PACS", "4.2.0"), VexState.EXPLOITABLE, Optional.empty(),
                List.of(VexResponse.UPDATE), "Update to ImageLink PACS 4.3.1."));
        assertThat(statements).filteredOn(s -> s.state() == VexState.NOT_AFFECTED).singleElement()
                .satisfies(statement -> {
                    assertThat(statement.vulnerability()).isEqualTo("EMS-2026-0031");
                    assertThat(statement.detail()).isEqualTo("4.3.1 no longer merges untrusted metadata.");
                });
        assertThat(statements).filteredOn(s -> s.state() == VexState.RESOLVED)
                .extracting(s -> s.subject().toString())
                .containsExactly("ImageLink PACS 4.3.1", "pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1");
    }

    @Test
    void csafVexWrittenReadsBackWithStatesJustificationsAndResponses() throws Exception {
        List<VexStatement> statements = cycloneDx(fixture("imagelink-pacs-4.2.0.vex.cdx.json"));
        CsafAdvisory advisory = CsafVex.advisory(statements, new CsafVex.Header("EMS-VEX-2026-0003",
                "ImageLink PACS 4.2.0: VEX", new CsafAdvisory.Publisher("vendor", "Example Medical Systems",
                "https://psirt.example-medical.jp"), CsafAdvisory.Tlp.WHITE, Instant.parse("2026-03-18T02:00:00Z")));
        ByteArrayOutputStream written = new ByteArrayOutputStream();

        CsafWriter.write(advisory, written);
        List<VexStatement> read = CsafVex.read(new ByteArrayInputStream(written.toByteArray()), "vex.json",
                new ArrayList<>());

        assertThat(read).extracting(VexStatement::vulnerability, VexStatement::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CVE-2021-44228", VexState.NOT_AFFECTED),
                        org.assertj.core.groups.Tuple.tuple("EMS-2026-0031", VexState.EXPLOITABLE),
                        org.assertj.core.groups.Tuple.tuple("CVE-2026-10001", VexState.IN_TRIAGE));
        assertThat(read.get(0).subject()).isEqualTo(statements.get(0).subject());
        assertThat(read.get(0).justification()).contains(VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH);
        assertThat(read.get(0).responses()).containsExactly(VexResponse.WILL_NOT_FIX);
        assertThat(read.get(1).responses()).containsExactly(VexResponse.UPDATE);
        assertThat(CsafValidator.validate(written.toByteArray())).isEmpty();
    }

    @Test
    void notAffectedFindingsAreSuppressedAndTheRestKeepTheirLabel() throws Exception {
        AdvisoryIndex index = new AdvisoryIndex();
        new CsafReader().read(CsafReaderTest.fixture("example-sa-2026-0007.json"), index::put);
        List<Finding> findings = new AdvisoryMatcher(index).match(List.of(
                ComponentCoordinates.of(new PackageURL("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1")),
                ComponentCoordinates.of(new PackageURL("pkg:npm/%40example/deep-merge@1.4.2")))).findings();
        List<VexStatement> statements = cycloneDx(fixture("imagelink-pacs-4.2.0.vex.cdx.json"));

        List<AssessedFinding> assessed = new VexAssessment(statements,
                Map.of("npm-deep-merge", "pkg:npm/%40example/deep-merge@1.4.2")).assess(findings);

        assertThat(assessed).hasSize(2);
        assertThat(assessed.get(0).suppressed()).as("log4j: not_affected by CVE alias").isTrue();
        assertThat(assessed.get(1).suppressed()).isFalse();
        assertThat(assessed.get(1).statement()).map(VexStatement::state).contains(VexState.EXPLOITABLE);
    }

    @Test
    void aStatementAboutTheWholeProductCoversEveryComponentUnlessOneIsNamed() throws Exception {
        AdvisoryIndex index = new AdvisoryIndex();
        new CsafReader().read(CsafReaderTest.fixture("example-sa-2026-0007.json"), index::put);
        List<Finding> findings = new AdvisoryMatcher(index).match(List.of(
                ComponentCoordinates.of(new PackageURL("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1")),
                ComponentCoordinates.of(new PackageURL("pkg:maven/org.apache.logging.log4j/log4j-core@2.13.0"))))
                .findings();
        VexStatement wholeProduct = new VexStatement("CVE-2021-44228", new VexSubject.Product("ImageLink PACS",
                "4.2.0"), VexState.NOT_AFFECTED, Optional.of(VexJustification.VULNERABLE_CODE_NOT_PRESENT),
                List.of(), "");
        VexStatement oneComponent = new VexStatement("cve-2021-44228", new VexSubject.Package(
                new PackageURL("pkg:maven/org.apache.logging.log4j/log4j-core@2.13.0")), VexState.EXPLOITABLE,
                Optional.empty(), List.of(VexResponse.UPDATE), "");

        List<AssessedFinding> assessed = new VexAssessment(List.of(oneComponent, wholeProduct), Map.of())
                .assess(findings);

        assertThat(assessed).extracting(AssessedFinding::suppressed).containsExactly(true, false);
    }

    @Test
    void eitherFormatIsRecognisedFromItsContent() throws Exception {
        try (InputStream cycloneDx = Files.newInputStream(fixture("imagelink-pacs-4.2.0.vex.cdx.json"));
                InputStream csaf = Files.newInputStream(CsafReaderTest.fixture("example-sa-2026-0007.json"))) {
            assertThat(VexReader.read(cycloneDx, "vex.cdx.json", new ArrayList<>())).hasSize(3);
            assertThat(VexReader.read(csaf, "sa.json", new ArrayList<>())).hasSize(7);
        }
        assertThatThrownBy(() -> VexReader.read(new ByteArrayInputStream("{\"spdxVersion\": \"SPDX-2.3\"}"
                .getBytes(StandardCharsets.UTF_8)), "spdx.json", new ArrayList<>()))
                .isInstanceOfSatisfying(UnreadableAdvisoryException.class, refused ->
                        assertThat(refused.refusal()).isEqualTo(AdvisoryRefusal.UNRECOGNISED));
    }

    @Test
    void forAnSbomOnlyStatementsAboutItsOwnProductCoverIt() throws Exception {
        AdvisoryIndex index = new AdvisoryIndex();
        new CsafReader().read(CsafReaderTest.fixture("example-sa-2026-0007.json"), index::put);
        List<Finding> findings = new AdvisoryMatcher(index).match(List.of(ComponentCoordinates.of(
                new PackageURL("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1")))).findings();
        VexStatement aboutAbc = new VexStatement("CVE-2021-44228", new VexSubject.Product("ABC", "4.2"),
                VexState.NOT_AFFECTED, Optional.of(VexJustification.CODE_NOT_PRESENT), List.of(), "");
        VexStatement byProductRef = new VexStatement("CVE-2021-44228", new VexSubject.Reference("pacs"),
                VexState.FALSE_POSITIVE, Optional.empty(), List.of(), "");

        assertThat(VexAssessment.forSbom(List.of(aboutAbc), Map.of(),
                Optional.of(new VexSubject.Product("abc", "4.2")), Optional.empty()).assess(findings))
                .extracting(AssessedFinding::suppressed).containsExactly(true);
        assertThat(VexAssessment.forSbom(List.of(aboutAbc), Map.of(),
                Optional.of(new VexSubject.Product("DEF", "1.0")), Optional.empty()).assess(findings))
                .extracting(AssessedFinding::suppressed).containsExactly(false);
        assertThat(VexAssessment.forSbom(List.of(byProductRef), Map.of(),
                Optional.of(new VexSubject.Product("ImageLink PACS", "4.2.0")), Optional.of("pacs")).assess(findings))
                .extracting(AssessedFinding::suppressed).containsExactly(true);
    }
}
