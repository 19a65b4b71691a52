package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.packageurl.PackageURL;
import io.shinrai.catalog.LocalizedText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvnJsonReaderTest {

    @TempDir
    Path folder;

    static Path fixture(String name) throws Exception {
        return Path.of(JvnJsonReaderTest.class.getResource("/vuln/jvn/" + name).toURI());
    }

    @Test
    void anEntryInMyJvnJsonIsTheAdvisoryItsVuldefXmlGives() throws Exception {
        List<Advisory> fromXml = new ArrayList<>();
        new JvnReader().read(fixture("vuldef-fixture.xml"), fromXml::add);
        List<Advisory> fromJson = new ArrayList<>();
        Path bundle = fixture("myjvn-jvnstix-fixture.json");

        List<LocalizedText> problems = new JvnJsonReader().read(bundle, fromJson::add);

        assertThat(fromJson).singleElement().isEqualTo(fromXml.get(0)).satisfies(advisory -> {
            assertThat(advisory.id()).isEqualTo("JVNDB-2021-005429");
            assertThat(advisory.aliases()).containsExactly("CVE-2021-44228", "JVNVU#96768815");
        });
        assertThat(problems).extracting(LocalizedText::en).containsExactly(
                bundle + " VULDEF-Document[0] cpe:2.3:a:example-medical:imagelink_pacs:*:*:*:*:*:*:*:*: the versions "
                        + "are not matched, their text cannot be read: 5.0 系の一部",
                bundle + " VULDEF-Document[1]: This is not an advisory in the expected format (no id or modified, or "
                        + "a malformed date).");
    }

    @Test
    void anEntryAsGetVulnDetailInfoGivesItIsReadWithItsVersionsFieldsFirst() throws Exception {
        List<Advisory> read = new ArrayList<>();

        List<LocalizedText> problems = new JvnJsonReader().read(fixture("myjvn-jvncsaf-fixture.json"), read::add);

        assertThat(problems).isEmpty();
        assertThat(read).singleElement().satisfies(advisory -> {
            assertThat(advisory.id()).isEqualTo("JVNDB-2026-004711");
            assertThat(advisory.aliases()).containsExactly("CVE-2026-31337");
            assertThat(advisory.modified()).isEqualTo(Instant.parse("2026-10-05T01:15:30Z"));
            assertThat(advisory.severities()).extracting(Advisory.Severity::type).containsExactly("CVSS_V4",
                    "CVSS_V3");
            assertThat(advisory.references()).containsExactly("https://www.cve.org/CVERecord?id=CVE-2026-31337",
                    "https://example-medical.example/security/2026-07");
            assertThat(advisory.applicability().get(0).nodes().get(0).criteria()).extracting(Object::toString)
                    .containsExactly(
                            "cpe:2.3:a:example-medical:imagelink_viewer:*:*:*:*:*:*:*:* from 3.0 (including) up to "
                                    + "3.0 (including)",
                            "cpe:2.3:a:example-medical:imagelink_viewer:*:*:*:*:*:*:*:* from 3.1.0 (including) up "
                                    + "to 3.2.4 (excluding)",
                            "cpe:2.3:a:example-medical:imagelink_viewer:*:*:*:*:*:*:*:* up to 2.9 (including)",
                            "cpe:2.3:a:example-medical:imagelink_gateway:2.4:*:*:*:*:*:*:*");
        });
    }

    @Test
    void aFolderOfMyJvnJsonIsRecognisedAndMatchedByCpe() throws Exception {
        Files.copy(fixture("myjvn-jvncsaf-fixture.json"), folder.resolve("JVNDB-2026-004711.json"));
        Files.copy(fixture("myjvn-jvnstix-fixture.json"), folder.resolve("jvndb-detail.json"));
        AdvisoryIndex index = new AdvisoryIndex();

        new AdvisoryReader().read(folder, index::put);
        MatchReport report = new AdvisoryMatcher(index).match(List.of(
                component("pkg:generic/imagelink-viewer@3.2.3", "cpe:2.3:a:example-medical:imagelink_viewer:3.2.3"),
                component("pkg:generic/imagelink-viewer@3.2.4", "cpe:2.3:a:example-medical:imagelink_viewer:3.2.4"),
                component("pkg:generic/imagelink-gateway@2.4", "cpe:2.3:a:example-medical:imagelink_gateway:2.4"),
                component("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", "cpe:2.3:a:apache:log4j:2.14.1")));

        assertThat(report.findings()).extracting(finding -> finding.component().version())
                .containsExactlyInAnyOrder("3.2.3", "2.4", "2.14.1");
    }

    private static ComponentCoordinates component(String purl, String cpe) throws Exception {
        PackageURL parsed = new PackageURL(purl);
        return new ComponentCoordinates(parsed, parsed.getVersion(), Optional.of(cpe + ":*:*:*:*:*:*:*"));
    }

    @Test
    void myJvnJsonIsNotTakenForCsafThoughItNamesACsafVersion() throws Exception {
        String head = Files.readString(fixture("myjvn-jvncsaf-fixture.json"));

        assertThat(AdvisoryFormat.detect(head)).isEqualTo(AdvisoryFormat.JVN_JSON);
        assertThat(AdvisoryFormat.detect(Files.readString(fixture("myjvn-jvnstix-fixture.json"))))
                .isEqualTo(AdvisoryFormat.JVN_JSON);
    }

    @Test
    void whatIsNoMyJvnEntryIsReportedWithWhereItIs() {
        assertThat(problems("[]")).containsExactly("x.json: This is not an advisory in the expected format (no id or "
                + "modified, or a malformed date).");
        assertThat(problems("{\"status\": {\"retCd\": 1, \"errCd\": \"E0001\"}}")).singleElement().asString()
                .startsWith("x.json: This is not an advisory");
        assertThat(problems("{\"objects\": [{\"VULDEF-Document\": [\"JVNDB-2026-000001\", 7]}]}"))
                .containsExactly("x.json VULDEF-Document[0]: This is not an advisory in the expected format (no id "
                        + "or modified, or a malformed date).", "x.json VULDEF-Document[1]: This is not an advisory "
                        + "in the expected format (no id or modified, or a malformed date).");
        assertThat(problems("{\"objects\": [{\"VULDEF-Document\": [{\"document\": ")).containsExactly(
                "x.json: This is not readable as JSON.");
        assertThat(problems("{\"document\": " + "[".repeat(200) + "]".repeat(200) + "}")).containsExactly(
                "x.json: The JSON is nested too deeply.");
        assertThat(problems("{\"document\": {\"tracking\": {\"id\": 7, \"current_release_date\": [\"2026\"]}}}"))
                .singleElement().asString().startsWith("x.json: This is not an advisory");
    }

    private static List<String> problems(String json) {
        List<LocalizedText> problems = new ArrayList<>();
        new JvnJsonReader().readDocument("x.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                advisory -> { }, problems);
        return problems.stream().map(LocalizedText::en).toList();
    }
}
