package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.packageurl.PackageURL;
import io.shinrai.catalog.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsafReaderTest {

    static Path fixture(String name) throws Exception {
        return Path.of(CsafReaderTest.class.getResource("/vuln/csaf/" + name).toURI());
    }

    private static List<Advisory> read(String name, List<LocalizedText> problems) throws Exception {
        List<Advisory> read = new ArrayList<>();
        problems.addAll(new CsafReader().read(fixture(name), read::add));
        return read;
    }

    @Test
    void eachVulnerabilityOfTheDocumentIsAnAdvisoryOfItsOwn() throws Exception {
        List<LocalizedText> problems = new ArrayList<>();
        List<Advisory> advisories = read("example-sa-2026-0007.json", problems);

        assertThat(problems).isEmpty();
        assertThat(advisories).extracting(Advisory::id)
                .containsExactly("EMS-SA-2026-0007/CVE-2021-44228", "EMS-SA-2026-0007/EMS-2026-0031");
        Advisory log4shell = advisories.get(0);
        assertThat(log4shell.aliases()).containsExactly("CVE-2021-44228", "JVNVU#96768815", "EMS-SA-2026-0007");
        assertThat(log4shell.modified()).isEqualTo(Instant.parse("2026-03-16T00:00:00Z"));
        assertThat(log4shell.published()).contains(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(log4shell.summary()).isEqualTo("Remote code execution through JNDI lookups in log messages");
        assertThat(log4shell.severities()).containsExactly(
                new Advisory.Severity("CVSS_V3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"));
        assertThat(log4shell.references()).containsExactly("https://nvd.nist.gov/vuln/detail/CVE-2021-44228",
                "https://psirt.example-medical.jp/downloads/pacs-4.3.1",
                "https://psirt.example-medical.jp/csaf/2026/ems-sa-2026-0007.json");
        assertThat(advisories.get(1).summary()).isEqualTo("Prototype pollution in the merge of study metadata.");
    }

    @Test
    void onlyAffectedProductsWithAPackageUrlOrCpeAreMatchable() throws Exception {
        Advisory log4shell = read("example-sa-2026-0007.json", new ArrayList<>()).get(0);

        assertThat(log4shell.affected()).singleElement().satisfies(affected -> {
            assertThat(affected.key()).isEqualTo(new PackageKey("maven", "org.apache.logging.log4j", "log4j-core"));
            assertThat(affected.ecosystem()).isEqualTo("Maven");
            assertThat(affected.ranges()).singleElement().hasToString("ECOSYSTEM introduced 2.0-beta9 fixed 2.15.0");
        });
        assertThat(log4shell.applicability()).singleElement().satisfies(applicability ->
                assertThat(applicability.nodes().get(0).criteria()).singleElement().hasToString(
                        "cpe:2.3:a:example-medical:imagelink_pacs:*:*:*:*:*:*:*:* from 4.2.0 (including) "
                                + "up to 4.2.0 (including)"));
    }

    @Test
    void theMatcherFindsComponentsThroughTheAdvisory() throws Exception {
        AdvisoryIndex index = new AdvisoryIndex();
        new CsafReader().read(fixture("example-sa-2026-0007.json"), index::put);
        AdvisoryMatcher matcher = new AdvisoryMatcher(index);

        MatchReport report = matcher.match(List.of(
                ComponentCoordinates.of(new PackageURL("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1")),
                ComponentCoordinates.of(new PackageURL("pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1")),
                ComponentCoordinates.of(new PackageURL("pkg:maven/org.apache.logging.log4j/log4j-core@2.0-alpha1")),
                ComponentCoordinates.of(new PackageURL("pkg:npm/%40example/deep-merge@1.4.2")),
                ComponentCoordinates.of(new PackageURL("pkg:npm/%40example/deep-merge@1.4.3")),
                new ComponentCoordinates(new PackageURL("pkg:generic/imagelink-pacs@4.2.0"), "4.2.0",
                        Optional.of("cpe:2.3:a:example-medical:imagelink_pacs:4.2.0:*:*:*:*:*:*:*")),
                new ComponentCoordinates(new PackageURL("pkg:generic/imagelink-pacs@4.3.1"), "4.3.1",
                        Optional.of("cpe:2.3:a:example-medical:imagelink_pacs:4.3.1:*:*:*:*:*:*:*"))));

        assertThat(report.unresolved()).isEmpty();
        assertThat(report.findings()).extracting(Finding::toString).containsExactly(
                "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1: EMS-SA-2026-0007/CVE-2021-44228 "
                        + "(pkg:maven/org.apache.logging.log4j/log4j-core ECOSYSTEM range introduced 2.0-beta9, "
                        + "fixed 2.15.0)",
                "pkg:npm/@example/deep-merge@1.4.2: EMS-SA-2026-0007/EMS-2026-0031 "
                        + "(pkg:npm/@example/deep-merge ECOSYSTEM range introduced 0, fixed 1.4.3)",
                "pkg:generic/imagelink-pacs@4.2.0: EMS-SA-2026-0007/CVE-2021-44228 (CPE "
                        + "cpe:2.3:a:example-medical:imagelink_pacs:*:*:*:*:*:*:*:* from 4.2.0 (including) "
                        + "up to 4.2.0 (including))");
    }

    @Test
    void aRangeThatExcludesVersionsIsReportedNotGuessed() throws Exception {
        String document = Files.readString(fixture("example-sa-2026-0007.json"))
                .replace("vers:npm/<1.4.3", "vers:npm/<1.4.3|!=1.2.0");
        List<LocalizedText> problems = new ArrayList<>();

        List<Advisory> advisories = CsafReader.advisories(document.getBytes(StandardCharsets.UTF_8), "sa.json",
                problems);

        assertThat(advisories.get(1).affected()).isEmpty();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.en()).startsWith("sa.json /vulnerabilities/1 DEEP-MERGE-VULNERABLE: ")
                    .contains("(!=) cannot be matched");
            assertThat(problem.ja()).contains("バージョン範囲を読めません");
        });
    }

    @Test
    void aDocumentWithoutItsRequiredFieldsIsRefusedSayingWhichOne() throws Exception {
        String document = Files.readString(fixture("example-sa-2026-0007.json"));

        assertThatThrownBy(() -> CsafReader.advisories(document.replace("\"EMS-SA-2026-0007\"", "7")
                .getBytes(StandardCharsets.UTF_8), "sa.json", new ArrayList<>()))
                .isInstanceOfSatisfying(UnreadableAdvisoryException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(AdvisoryRefusal.MISSING_FIELD);
                    assertThat(refused.reason().en()).startsWith("sa.json /document/tracking/id: ");
                    assertThat(refused.reason().ja()).contains("必須の項目");
                });
        assertThatThrownBy(() -> CsafReader.advisories(document.replace("\"csaf_version\": \"2.0\"",
                "\"csaf_version\": \"2.1\"").getBytes(StandardCharsets.UTF_8), "sa.json", new ArrayList<>()))
                .isInstanceOfSatisfying(UnreadableAdvisoryException.class, refused ->
                        assertThat(refused.refusal()).isEqualTo(AdvisoryRefusal.UNSUPPORTED_VERSION));
    }

    @Test
    void firstAffectedLastAffectedAndFirstFixedAreTheEventsOfAReleaseTrain() throws Exception {
        String document = Files.readString(fixture("example-sa-2026-0007.json"))
                .replace("\"known_affected\": [\"DEEP-MERGE-VULNERABLE\"],", """
                        "first_affected": ["MERGE-1.2.0", "MERGE-2.0.0"],
                        "last_affected": ["MERGE-1.4.2"],
                        "first_fixed": ["MERGE-2.1.0"],""")
                .replace("\"full_product_names\": [", """
                        "full_product_names": [
                          {"name": "deep-merge 1.2.0", "product_id": "MERGE-1.2.0",
                           "product_identification_helper": {"purl": "pkg:npm/%40example/deep-merge@1.2.0"}},
                          {"name": "deep-merge 1.4.2", "product_id": "MERGE-1.4.2",
                           "product_identification_helper": {"purl": "pkg:npm/%40example/deep-merge@1.4.2"}},
                          {"name": "deep-merge 2.0.0", "product_id": "MERGE-2.0.0",
                           "product_identification_helper": {"purl": "pkg:npm/%40example/deep-merge@2.0.0"}},
                          {"name": "deep-merge 2.1.0", "product_id": "MERGE-2.1.0",
                           "product_identification_helper": {"purl": "pkg:npm/%40example/deep-merge@2.1.0"}},""");
        AdvisoryIndex index = new AdvisoryIndex();
        CsafReader.advisories(document.getBytes(StandardCharsets.UTF_8), "sa.json", new ArrayList<>())
                .forEach(index::put);

        List<String> affected = new ArrayList<>();
        for (String version : List.of("1.1.9", "1.2.0", "1.3.0", "1.4.2", "1.4.3", "2.0.5", "2.1.0", "3.0.0")) {
            if (!new AdvisoryMatcher(index).match(List.of(ComponentCoordinates.of(
                    new PackageURL("pkg:npm/%40example/deep-merge@" + version)))).findings().isEmpty()) {
                affected.add(version);
            }
        }

        assertThat(affected).containsExactly("1.2.0", "1.3.0", "1.4.2", "2.0.5");
    }
}
