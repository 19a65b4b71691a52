package io.shinrai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SbomAdvisoriesCommandTest {

    private static final String BOM = """
            {"bomFormat": "CycloneDX", "specVersion": "1.6",
             "metadata": {"timestamp": "2026-04-01T00:00:00Z",
               "component": {"type": "application", "bom-ref": "pacs", "name": "ImageLink PACS", "version": "4.2.0"}},
             "components": [
               {"type": "library", "bom-ref": "log4j", "group": "org.apache.logging.log4j", "name": "log4j-core",
                "version": "2.14.1", "purl": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"},
               {"type": "library", "bom-ref": "merge", "name": "deep-merge", "version": "1.4.2",
                "purl": "pkg:npm/%40example/deep-merge@1.4.2"},
               {"type": "library", "name": "vendor-codec", "version": "7"}]}
            """;
    private static final String CSAF = """
            {"document": {"category": "csaf_security_advisory", "csaf_version": "2.0", "title": "Bundled components",
              "publisher": {"category": "vendor", "name": "Example Medical Systems",
                "namespace": "https://psirt.example-medical.jp"},
              "tracking": {"id": "EMS-SA-2026-0007", "status": "final", "version": "1",
                "initial_release_date": "2026-03-02T00:00:00Z", "current_release_date": "2026-03-02T00:00:00Z",
                "revision_history": [{"number": "1", "date": "2026-03-02T00:00:00Z", "summary": "Initial."}]}},
             "product_tree": {"branches": [
               {"category": "product_version_range", "name": "vers:maven/>=2.0-beta9|<2.15.0",
                "product": {"name": "Log4j Core before 2.15.0", "product_id": "LOG4J",
                  "product_identification_helper": {"purl": "pkg:maven/org.apache.logging.log4j/log4j-core"}}},
               {"category": "product_version_range", "name": "vers:npm/<1.4.3",
                "product": {"name": "deep-merge before 1.4.3", "product_id": "MERGE",
                  "product_identification_helper": {"purl": "pkg:npm/%40example/deep-merge"}}}]},
             "vulnerabilities": [
               {"cve": "CVE-2021-44228", "title": "JNDI lookups in log messages",
                "notes": [{"category": "description", "text": "Remote code execution."}],
                "product_status": {"known_affected": ["LOG4J"]},
                "scores": [{"products": ["LOG4J"], "cvss_v3": {"version": "3.1", "baseScore": 10.0,
                  "baseSeverity": "CRITICAL", "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"}}]},
               {"cve": "CVE-2026-20001", "title": "Prototype pollution",
                "notes": [{"category": "description", "text": "Prototype pollution in merge."}],
                "product_status": {"known_affected": ["MERGE"]},
                "scores": [{"products": ["MERGE"], "cvss_v3": {"version": "3.1", "baseScore": 5.5,
                  "baseSeverity": "MEDIUM", "vectorString": "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N"}}]}]}
            """;
    private static final String VEX = """
            {"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
             "vulnerabilities": [{"id": "CVE-2021-44228",
               "analysis": {"state": "not_affected", "justification": "code_not_reachable",
                 "detail": "Lookups are disabled in the shipped configuration."},
               "affects": [{"ref": "urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#log4j"}]}]}
            """;

    @TempDir
    Path dir;
    private final CommandRun run = new CommandRun();
    private Path bom;
    private Path advisories;
    private Path vex;

    @BeforeEach
    void files() throws Exception {
        bom = Files.writeString(dir.resolve("pacs-4.2.0.cdx.json"), BOM);
        advisories = Files.createDirectory(dir.resolve("advisories"));
        Files.writeString(advisories.resolve("ems-sa-2026-0007.json"), CSAF);
        vex = Files.writeString(dir.resolve("pacs-4.2.0.vex.json"), VEX);
    }

    @Test
    void componentsAreMatchedAgainstCsafAdvisoriesAndVexTakesOffWhatIsNotAffected() {
        assertThat(run.shinrai("sbom", "check", bom.toString(), "--advisories", advisories.toString()))
                .as(run.err()).isEqualTo(DisclosureCommand.FINDINGS);
        assertThat(run.out()).contains("vulnerabilities: 2 finding(s) in 2 component(s) matched, 0 taken off by "
                + "VEX; 1 component(s) without package URL and version not matched")
                .contains("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1  EMS-SA-2026-0007/CVE-2021-44228 "
                        + "(CVE-2021-44228, EMS-SA-2026-0007) 10.0 CRITICAL");
        run.forgetOutput();

        assertThat(run.shinrai("sbom", "check", bom.toString(), "--advisories", advisories.toString(), "--vex",
                vex.toString(), "--fail-on", "high")).as(run.err()).isZero();
        assertThat(run.out()).contains("1 finding(s) in 2 component(s) matched, 1 taken off by VEX")
                .contains("pkg:npm/@example/deep-merge@1.4.2  EMS-SA-2026-0007/CVE-2026-20001")
                .doesNotContain("log4j-core@2.14.1  EMS");
    }

    @Test
    void jsonListsEveryFindingWithWhatVexSays() throws Exception {
        assertThat(run.shinrai("sbom", "check", bom.toString(), "--advisories", advisories.toString(), "--vex",
                vex.toString(), "--format", "json")).isEqualTo(DisclosureCommand.FINDINGS);

        JsonNode findings = JsonMapper.builder().build().readTree(run.out()).get(0).get("findings");
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).get("suppressed").asBoolean()).isTrue();
        assertThat(findings.get(0).get("vex").get("justification").asString()).isEqualTo("code_not_reachable");
        assertThat(findings.get(1).get("baseSeverity").asString()).isEqualTo("MEDIUM");
    }

    @Test
    void sarifNamesEachComponentAndMarksSuppressions() throws Exception {
        assertThat(run.shinrai("sbom", "check", bom.toString(), "--advisories", advisories.toString(), "--vex",
                vex.toString(), "--format", "sarif", "--fail-on", "none")).isZero();

        JsonNode sarif = JsonMapper.builder().build().readTree(run.out());
        assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
        JsonNode results = sarif.get("runs").get(0).get("results");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("level").asString()).isEqualTo("error");
        assertThat(results.get(0).get("suppressions").get(0).get("status").asString()).isEqualTo("accepted");
        assertThat(results.get(1).get("locations").get(0).get("logicalLocations").get(0)
                .get("fullyQualifiedName").asString()).isEqualTo("pkg:npm/%40example/deep-merge@1.4.2");
        assertThat(sarif.get("runs").get(0).get("tool").get("driver").get("rules")).hasSize(2);
    }

    @Test
    void aVexFileThatCannotBeReadMakesTheCheckUnusable() throws Exception {
        Path notVex = Files.writeString(dir.resolve("notes.json"), "{\"about\": \"nothing\"}");

        assertThat(run.shinrai("sbom", "check", bom.toString(), "--advisories", advisories.toString(), "--vex",
                notVex.toString())).isEqualTo(DisclosureCommand.UNUSABLE);
        assertThat(run.err()).contains("notes.json");
    }

    @Test
    void aStatementAboutTheSbomsOwnProductCoversEveryComponent() throws Exception {
        Path productVex = Files.writeString(dir.resolve("product.vex.json"), """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
                 "vulnerabilities": [{"id": "CVE-2026-20001", "analysis": {"state": "false_positive"},
                   "affects": [{"ref": "pacs"}]}]}
                """);

        run.shinrai("sbom", "check", bom.toString(), "--advisories", advisories.toString(), "--vex",
                productVex.toString());

        assertThat(run.out()).contains("1 finding(s) in 2 component(s) matched, 1 taken off by VEX")
                .doesNotContain("deep-merge@1.4.2  EMS");
    }

    @Test
    void aStatementAboutAnotherProductIsNotApplied() throws Exception {
        Path otherProduct = Files.writeString(dir.resolve("other.vex.json"), """
                {"bomFormat": "CycloneDX", "specVersion": "1.4", "version": 1,
                 "metadata": {"component": {"name": "ABC", "version": "4.2", "type": "application",
                   "bom-ref": "product-ABC"}},
                 "vulnerabilities": [{"id": "CVE-2026-20001", "analysis": {"state": "not_affected",
                   "justification": "code_not_present"}, "affects": [{"ref": "product-ABC"}]}]}
                """);
        Path thisProduct = Files.writeString(dir.resolve("this.vex.json"), Files.readString(otherProduct)
                .replace("\"ABC\", \"version\": \"4.2\"", "\"ImageLink PACS\", \"version\": \"4.2.0\""));

        run.shinrai("sbom", "check", bom.toString(), "--advisories", advisories.toString(), "--vex",
                otherProduct.toString());
        assertThat(run.out()).contains("2 finding(s) in 2 component(s) matched, 0 taken off by VEX");
        run.forgetOutput();

        run.shinrai("sbom", "check", bom.toString(), "--advisories", advisories.toString(), "--vex",
                thisProduct.toString());
        assertThat(run.out()).contains("1 finding(s) in 2 component(s) matched, 1 taken off by VEX");
    }
}
