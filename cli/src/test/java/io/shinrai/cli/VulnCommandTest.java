package io.shinrai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class VulnCommandTest {

    private static final String ADVISORY = """
            {
              "id": "TEST-PYPI-0001",
              "modified": "2026-01-10T00:00:00Z",
              "aliases": ["CVE-2099-0001"],
              "summary": "Template injection in the sandbox",
              "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"}],
              "affected": [{"package": {"ecosystem": "PyPI", "name": "jinja2"},
                "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2.10.1"}]}]}]
            }
            """;

    @TempDir
    Path folder;

    private final CommandRun run = new CommandRun();

    @Test
    void printsEachFindingWithTheRangeThatMatched() throws Exception {
        Path advisory = Files.writeString(folder.resolve("TEST-PYPI-0001.json"), ADVISORY);

        assertThat(run.shinrai("vuln", "match", "--advisories", advisory.toString(), "--purl", "pkg:pypi/Jinja2@2.10",
                "pkg:pypi/jinja2@2.10.1")).isEqualTo(1);
        assertThat(run.out()).contains("pkg:pypi/jinja2@2.10  TEST-PYPI-0001 (CVE-2099-0001)")
                .contains("matched: pkg:pypi/jinja2 ECOSYSTEM range introduced 0, fixed 2.10.1")
                .contains("1 advisories, 2 components, 1 findings")
                .doesNotContain("jinja2@2.10.1  TEST");
    }

    @Test
    void readsComponentsFromAFileAndPrintsJson() throws Exception {
        Path advisories = Files.createDirectory(folder.resolve("osv"));
        Files.writeString(advisories.resolve("TEST-PYPI-0001.json"), ADVISORY);
        Path components = Files.writeString(folder.resolve("components.txt"),
                "# installed on the PACS workstation\npkg:pypi/jinja2@2.9.6\n\npkg:pypi/requests@2.31.0\n");

        assertThat(run.shinrai("vuln", "match", "--advisories", advisories.toString(), "--components",
                components.toString(), "--json")).isEqualTo(1);
        JsonNode findings = JsonMapper.builder().build().readTree(run.out());
        assertThat(findings).hasSize(1);
        JsonNode finding = findings.get(0);
        assertThat(finding.path("purl").asString()).isEqualTo("pkg:pypi/jinja2@2.9.6");
        assertThat(finding.path("advisory").asString()).isEqualTo("TEST-PYPI-0001");
        assertThat(finding.path("severity").get(0).path("score").asString()).startsWith("CVSS:3.1/");
        assertThat(finding.path("matched").path("kind").asString()).isEqualTo("range");
        assertThat(finding.path("matched").path("introduced").asString()).isEqualTo("0");
        assertThat(finding.path("matched").path("fixed").asString()).isEqualTo("2.10.1");
    }

    @Test
    void nothingMatchedIsExitCodeZero() throws Exception {
        Path advisory = Files.writeString(folder.resolve("a.json"), ADVISORY);

        assertThat(run.shinrai("vuln", "match", "--advisories", advisory.toString(), "--purl",
                "pkg:pypi/jinja2@3.1.4")).isZero();
        assertThat(run.out()).contains("0 findings");
    }

    @Test
    void unusableInputIsNamed() throws Exception {
        Path advisory = Files.writeString(folder.resolve("a.json"), ADVISORY);

        assertThat(run.shinrai("vuln", "match", "--advisories", advisory.toString(), "--purl", "jinja2@2.10"))
                .isEqualTo(2);
        assertThat(run.err()).contains("jinja2@2.10: not a package URL");
        run.forgetOutput();
        assertThat(run.shinrai("vuln", "match", "--advisories", advisory.toString(), "--purl", "pkg:pypi/jinja2"))
                .isEqualTo(2);
        assertThat(run.err()).contains("the package URL has no version");
        run.forgetOutput();
        assertThat(run.shinrai("vuln", "match", "--advisories", folder.resolve("missing.zip").toString(), "--purl",
                "pkg:pypi/jinja2@2.10")).isEqualTo(2);
        assertThat(run.err()).contains("missing.zip");
    }
}
