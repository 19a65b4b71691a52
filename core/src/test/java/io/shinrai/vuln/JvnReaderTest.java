package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.packageurl.PackageURL;
import io.shinrai.catalog.LocalizedText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JvnReaderTest {

    private static Path fixture() throws Exception {
        return Path.of(JvnReaderTest.class.getResource("/vuln/jvn/vuldef-fixture.xml").toURI());
    }

    @Test
    void readsTheEntryWithItsCveCvssAndDates() throws Exception {
        List<Advisory> read = new ArrayList<>();
        List<LocalizedText> problems = new JvnReader().read(fixture(), read::add);

        assertThat(read).singleElement().satisfies(advisory -> {
            assertThat(advisory.id()).isEqualTo("JVNDB-2021-005429");
            assertThat(advisory.aliases()).containsExactly("CVE-2021-44228", "JVNVU#96768815");
            assertThat(advisory.summary()).isEqualTo("Apache Log4j における任意のコードを実行される脆弱性");
            assertThat(advisory.modified()).isEqualTo(Instant.parse("2024-06-18T08:24:00Z"));
            assertThat(advisory.published()).contains(Instant.parse("2021-12-13T08:37:00Z"));
            assertThat(advisory.severities()).containsExactly(
                    new Advisory.Severity("CVSS_V3", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"),
                    new Advisory.Severity("CVSS_V2", "AV:N/AC:M/Au:N/C:C/I:C/A:C"));
            assertThat(advisory.applicability().get(0).nodes().get(0).criteria()).extracting(Object::toString)
                    .containsExactly("cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:* from 2.0-beta9 (including) up to "
                                    + "2.14.1 (including)",
                            "cpe:2.3:a:example-medical:imagelink_pacs:*:*:*:*:*:*:*:* up to 4.2.0 (including)");
        });
        assertThat(problems).extracting(LocalizedText::en).containsExactly(
                fixture() + " Vulinfo[0] cpe:2.3:a:example-medical:imagelink_pacs:*:*:*:*:*:*:*:*: the versions are "
                        + "not matched, their text cannot be read: 5.0 系の一部",
                fixture() + " Vulinfo[1]: This is not an advisory in the expected format (no id or modified, or a "
                        + "malformed date).");
    }

    @Test
    void componentsWithTheirOwnCpeAreMatchedWithinTheVersionsJvnGives() throws Exception {
        AdvisoryIndex index = new AdvisoryIndex();
        new AdvisoryReader().read(fixture(), index::put);

        MatchReport report = new AdvisoryMatcher(index).match(List.of(
                component("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", "cpe:2.3:a:apache:log4j:2.14.1"),
                component("pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1", "cpe:2.3:a:apache:log4j:2.17.1"),
                component("pkg:generic/imagelink-pacs@4.1.9", "cpe:2.3:a:example-medical:imagelink_pacs:4.1.9")));

        assertThat(report.findings()).extracting(finding -> finding.component().version())
                .containsExactly("2.14.1", "4.1.9");
    }

    private static ComponentCoordinates component(String purl, String cpe) throws Exception {
        PackageURL parsed = new PackageURL(purl);
        return new ComponentCoordinates(parsed, parsed.getVersion(), Optional.of(cpe + ":*:*:*:*:*:*:*"));
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedBeforeAnyEntityIsRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE VULDEF-Document [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <VULDEF-Document xmlns="http://jvndb.jvn.jp/myjvn/VULDEF"><Vulinfo><VulinfoID>&x;</VulinfoID>
                </Vulinfo></VULDEF-Document>
                """;
        List<LocalizedText> problems = new ArrayList<>();

        new JvnReader().readDocument("xxe.xml", new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)),
                advisory -> { }, problems);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.en()).startsWith("xxe.xml line 2").endsWith("(DTD) is not accepted, for safety.");
            assertThat(problem.ja()).contains("文書型宣言");
        });
    }

    @Test
    void cpe22UrisBindToTheCpe23NamesTheySay() throws Exception {
        assertThat(Cpe.fromUri("cpe:/a:omron:cx-one")).hasToString("cpe:2.3:a:omron:cx-one:*:*:*:*:*:*:*:*");
        assertThat(Cpe.fromUri("cpe:/a:foo%7ebar:big%2bmoney:2010::~~special~ipod_touch~80gb~:en"))
                .hasToString("cpe:2.3:a:foo\\~bar:big\\+money:2010:*:*:en:special:ipod_touch:80gb:*");
        assertThat(Cpe.fromUri("cpe:/o:microsoft:windows_7:-:sp1")).hasToString(
                "cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:*:*");
    }

    @Test
    void jvnVersionTextIsReadOnlyInTheFormsItIsWrittenIn() {
        assertThat(JvnVersions.interval("Version 4.50 およびそれ以前")).map(Object::toString).contains(
                new VersRange.Interval(Optional.empty(), Optional.of(new CpeApplicability.Bound("4.50", true)))
                        .toString());
        assertThat(JvnVersions.interval("3.2.1 より前のバージョン")).get()
                .satisfies(interval -> assertThat(interval.end()).contains(new CpeApplicability.Bound("3.2.1", false)));
        assertThat(JvnVersions.interval("v1.2 系")).isEmpty();
        assertThat(JvnVersions.interval("全てのバージョン")).isEmpty();
    }
}
