package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.packageurl.PackageURL;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsafWriterTest {

    private static final CsafAdvisory.Component LOG4J_VULNERABLE = new CsafAdvisory.Component("log4j-core", "2.14.1",
            Optional.of("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"), Optional.empty());
    private static final CsafAdvisory.Component LOG4J_FIXED = new CsafAdvisory.Component("log4j-core", "2.17.1",
            Optional.of("pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1"), Optional.empty());
    private static final CsafAdvisory.Component DICOM = new CsafAdvisory.Component("dcm4che-core", "5.29.2",
            Optional.of("pkg:maven/org.dcm4che/dcm4che-core@5.29.2"), Optional.empty());

    private static CsafAdvisory advisory() {
        CsafAdvisory.Product v420 = new CsafAdvisory.Product("Example Medical Systems", "ImageLink PACS", "4.2.0",
                Optional.empty(), Optional.of("cpe:2.3:a:example-medical:imagelink_pacs:4.2.0:*:*:*:*:*:*:*"),
                List.of(LOG4J_VULNERABLE, DICOM));
        CsafAdvisory.Product v431 = new CsafAdvisory.Product("Example Medical Systems", "ImageLink PACS", "4.3.1",
                Optional.empty(), Optional.of("cpe:2.3:a:example-medical:imagelink_pacs:4.3.1:*:*:*:*:*:*:*"),
                List.of(LOG4J_FIXED, DICOM));
        CsafAdvisory.Ref log4jIn420 = new CsafAdvisory.Ref(v420, Optional.of(LOG4J_VULNERABLE));
        CsafAdvisory.Vulnerability log4shell = new CsafAdvisory.Vulnerability("CVE-2021-44228",
                "Remote code execution through JNDI lookups", "Log4j 2 evaluates JNDI lookups in logged text.",
                Optional.of(new CsafAdvisory.Cwe("CWE-502", "Deserialization of Untrusted Data")),
                List.of(new CsafAdvisory.Score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0,
                        List.of(CsafAdvisory.Ref.to(v420)))),
                List.of(new CsafAdvisory.ProductStatus(CsafAdvisory.Ref.to(v420), VexState.EXPLOITABLE,
                                Optional.empty(), ""),
                        new CsafAdvisory.ProductStatus(log4jIn420, VexState.EXPLOITABLE, Optional.empty(), ""),
                        new CsafAdvisory.ProductStatus(CsafAdvisory.Ref.to(v431), VexState.RESOLVED,
                                Optional.empty(), "")),
                List.of(new CsafAdvisory.Remediation(VexResponse.UPDATE, "Update to ImageLink PACS 4.3.1.",
                        Optional.of("https://psirt.example-medical.jp/downloads/pacs-4.3.1"),
                        List.of(CsafAdvisory.Ref.to(v420), log4jIn420))));
        return new CsafAdvisory(CsafAdvisory.Category.SECURITY_ADVISORY, "ImageLink PACS: Log4Shell",
                new CsafAdvisory.Publisher("vendor", "Example Medical Systems", "https://psirt.example-medical.jp"),
                CsafAdvisory.Tlp.GREEN, "ja", new CsafAdvisory.Tracking("EMS-SA-2026-0007",
                CsafAdvisory.Status.FINAL, List.of(
                        new CsafAdvisory.Revision("1", Instant.parse("2026-03-02T00:00:00Z"), "Initial release."),
                        new CsafAdvisory.Revision("2", Instant.parse("2026-03-16T00:00:00Z"), "4.3.1 added."))),
                List.of(v420, v431), List.of(log4shell));
    }

    @Test
    void aWrittenAdvisoryPassesTheValidatorAndItsComponentsAreMatchedWhenReadBack() throws Exception {
        ByteArrayOutputStream written = new ByteArrayOutputStream();

        CsafWriter.write(advisory(), written);

        assertThat(CsafValidator.validate(written.toByteArray())).isEmpty();
        List<Advisory> read = CsafReader.advisories(written.toByteArray(), "written.json", new ArrayList<>());
        assertThat(read).singleElement().satisfies(advisory -> {
            assertThat(advisory.id()).isEqualTo("EMS-SA-2026-0007/CVE-2021-44228");
            assertThat(advisory.modified()).isEqualTo(Instant.parse("2026-03-16T00:00:00Z"));
            assertThat(advisory.references()).containsExactly("https://psirt.example-medical.jp/downloads/pacs-4.3.1");
        });
        AdvisoryIndex index = new AdvisoryIndex();
        read.forEach(index::put);
        MatchReport report = new AdvisoryMatcher(index).match(List.of(
                ComponentCoordinates.of(new PackageURL("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1")),
                ComponentCoordinates.of(new PackageURL("pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1")),
                ComponentCoordinates.of(new PackageURL("pkg:maven/org.dcm4che/dcm4che-core@5.29.2"))));
        assertThat(report.findings()).extracting(finding -> finding.component().version()).containsExactly("2.14.1");
    }

    @Test
    void theProductTreeHasBranchesPerVersionAndEachComponentOnce() {
        ByteArrayOutputStream written = new ByteArrayOutputStream();

        CsafWriter.write(advisory(), written);

        String json = written.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"category\":\"product_version\",\"name\":\"4.2.0\"",
                "\"label\":\"GREEN\"", "\"baseSeverity\":\"CRITICAL\"", "\"version\":\"2\"",
                "\"initial_release_date\":\"2026-03-02T00:00:00Z\"");
        assertThat(json.split("\"name\":\"dcm4che-core 5.29.2\"", -1)).as("one full product name").hasSize(2);
        assertThat(json.split("default_component_of", -1)).as("four relationships").hasSize(5);
    }
}
