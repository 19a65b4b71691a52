package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.packageurl.PackageURL;
import io.shinrai.catalog.LocalizedText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NvdReaderTest {

    @TempDir
    Path folder;

    private static Path feed() throws Exception {
        return Path.of(NvdReaderTest.class.getResource("/vuln/nvd/nvdcve-2.0-fixture.json").toURI());
    }

    @Test
    void readsEachCveOfAFeedWithItsConfigurations() throws Exception {
        List<Advisory> read = new ArrayList<>();
        List<LocalizedText> problems = new NvdReader().read(feed(), read::add);

        assertThat(read).extracting(Advisory::id).containsExactly("CVE-2099-1000", "CVE-2099-1001", "CVE-2099-1002",
                "CVE-2099-1003");
        Advisory first = read.get(0);
        assertThat(first.modified()).isEqualTo(Instant.parse("2099-02-01T08:00:00Z"));
        assertThat(first.summary()).startsWith("A path traversal in the DICOM viewer");
        assertThat(first.severities()).containsExactly(
                new Advisory.Severity("CVSS_V3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H"),
                new Advisory.Severity("CVSS_V2", "AV:N/AC:M/Au:N/C:P/I:P/A:P"));
        CpeApplicability.Criterion viewer = first.applicability().get(0).nodes().get(0).criteria().get(0);
        assertThat(viewer.start()).contains(new CpeApplicability.Bound("3.0", true));
        assertThat(viewer.end()).contains(new CpeApplicability.Bound("3.4.2", false));
        assertThat(first.applicability().get(0).nodes().get(0).criteria().get(1).cpe().product())
                .isEqualTo(new CpeValue.Text("", "image:viewer", ""));
        assertThat(read.get(1).applicability().get(0).operator()).isEqualTo(CpeApplicability.Operator.AND);
        assertThat(read.get(2).isWithdrawn()).isTrue();
        assertThat(problems).singleElement().extracting(LocalizedText::en).asString()
                .contains("CVE-2099-1003").contains("cpe:2.3:a:example:broken");
    }

    @Test
    void componentsWithACpeAreMatchedByCriteriaAndVersionBounds() throws Exception {
        AdvisoryIndex index = new AdvisoryIndex();
        new NvdReader().read(feed(), index::put);
        AdvisoryMatcher matcher = new AdvisoryMatcher(index);

        assertThat(cpeFindings(matcher, "cpe:2.3:a:example:dicom_viewer:3.1:*:*:*:*:*:*:*"))
                .containsExactly("CVE-2099-1000: CPE cpe:2.3:a:example:dicom_viewer:*:*:*:*:*:*:*:* "
                        + "from 3.0 (including) up to 3.4.2 (excluding)");
        assertThat(cpeFindings(matcher, "cpe:2.3:a:example:dicom_viewer:3.4.2:*:*:*:*:*:*:*")).isEmpty();
        assertThat(cpeFindings(matcher, "cpe:2.3:a:example:dicom_viewer:2.9:*:*:*:*:*:*:*")).isEmpty();
        assertThat(cpeFindings(matcher, "cpe:2.3:a:example:image\\:viewer:1.0:*:*:*:*:*:*:*"))
                .singleElement().asString().startsWith("CVE-2099-1000");
        assertThat(cpeFindings(matcher, "cpe:2.3:a:example:pacs_server:2.1:*:*:*:*:*:*:*"))
                .singleElement().asString().startsWith("CVE-2099-1001");
        assertThat(cpeFindings(matcher, "cpe:2.3:a:acme:report_tool:4.2:*:*:*:*:*:*:*"))
                .singleElement().asString().startsWith("CVE-2099-1003");
        assertThat(cpeFindings(matcher, "cpe:2.3:o:microsoft:windows_10:-:*:*:*:*:*:*:*"))
                .as("a platform criterion names no vulnerable thing").isEmpty();
    }

    @Test
    void aNewerRevisionWithOtherCriteriaTakesTheOldCriteriaOutOfTheIndex() throws Exception {
        AdvisoryIndex index = new AdvisoryIndex();
        new NvdReader().read(feed(), index::put);
        Advisory old = index.advisory("CVE-2099-1001").orElseThrow();
        CpeApplicability moved = new CpeApplicability(CpeApplicability.Operator.OR, List.of(new CpeApplicability.Node(
                CpeApplicability.Operator.OR, false, List.of(new CpeApplicability.Criterion(true,
                        Cpe.parse("cpe:2.3:a:example:pacs_gateway:2.1:*:*:*:*:*:*:*"), Optional.empty(),
                        Optional.empty())))));
        IndexUpdate update = index.update();
        update.accept(new Advisory(old.id(), old.aliases(), old.modified().plusSeconds(1), old.published(),
                Optional.empty(), old.summary(), old.severities(), List.of(), List.of(moved), old.references()));
        AdvisoryMatcher matcher = new AdvisoryMatcher(index);

        assertThat(update.changed()).containsExactly("CVE-2099-1001");
        assertThat(cpeFindings(matcher, "cpe:2.3:a:example:pacs_server:2.1:*:*:*:*:*:*:*")).isEmpty();
        assertThat(cpeFindings(matcher, "cpe:2.3:a:example:pacs_gateway:2.1:*:*:*:*:*:*:*")).hasSize(1);
    }

    @Test
    void aComponentWithoutACpeIsNeverMatchedByCpe() throws Exception {
        AdvisoryIndex index = new AdvisoryIndex();
        new NvdReader().read(feed(), index::put);

        MatchReport report = new AdvisoryMatcher(index).match(List.of(ComponentCoordinates.of(
                new PackageURL("pkg:generic/example/dicom_viewer@3.1"))));

        assertThat(report.findings()).isEmpty();
        assertThat(report.unresolved()).isEmpty();
    }

    @Test
    void aComponentKnownOnlyByItsCpeIsMatchedByIt() throws Exception {
        AdvisoryIndex index = new AdvisoryIndex();
        new NvdReader().read(feed(), index::put);

        MatchReport report = new AdvisoryMatcher(index).match(List.of(new ComponentCoordinates(null, "3.1",
                Optional.of("cpe:2.3:a:example:dicom_viewer:3.1:*:*:*:*:*:*:*"))));

        assertThat(report.findings()).extracting(finding -> finding.advisory().id()).contains("CVE-2099-1000");
    }

    private static List<String> cpeFindings(AdvisoryMatcher matcher, String cpe) throws Exception {
        ComponentCoordinates component = new ComponentCoordinates(new PackageURL("pkg:generic/example/thing@1"),
                "1", Optional.of(cpe));
        return matcher.match(List.of(component)).findings().stream()
                .map(finding -> finding.advisory().id() + ": " + finding.match()).toList();
    }

    @Test
    void aFileThatIsNoFeedIsReportedAndAZippedFeedIsRead() throws Exception {
        Path notAFeed = Files.writeString(folder.resolve("other.json"), "{\"resultsPerPage\": 0}");
        Path zipped = Files.write(folder.resolve("feed.zip"), OsvFixtures.zip(Map.of("nvdcve-2.0-2099.json",
                Files.readAllBytes(feed()))));
        List<Advisory> read = new ArrayList<>();

        assertThat(new NvdReader().read(notAFeed, read::add)).extracting(LocalizedText::en)
                .containsExactly(notAFeed + ": This is not an advisory in the expected format (no id or modified, "
                        + "or a malformed date).");
        new NvdReader().read(zipped, read::add);
        assertThat(read).hasSize(4);
    }
}
