package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.catalog.LocalizedText;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsvReaderTest {

    private final OsvReader reader = new OsvReader();

    @TempDir
    Path folder;

    @Test
    void readsEveryFieldOfAnAdvisoryAndIgnoresDatabaseSpecific() throws Exception {
        List<Advisory> read = new ArrayList<>();
        List<LocalizedText> problems = reader.read(OsvFixtures.folder().resolve("maven-two-ranges.json"), read::add);

        assertThat(problems).isEmpty();
        Advisory advisory = read.get(0);
        assertThat(advisory.id()).isEqualTo("TEST-MAVEN-0001");
        assertThat(advisory.aliases()).containsExactly("CVE-2099-0001");
        assertThat(advisory.modified()).isEqualTo(Instant.parse("2026-01-10T00:00:00Z"));
        assertThat(advisory.published()).contains(Instant.parse("2026-01-05T00:00:00Z"));
        assertThat(advisory.isWithdrawn()).isFalse();
        assertThat(advisory.severities()).containsExactly(new Advisory.Severity("CVSS_V3",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"));
        assertThat(advisory.references()).containsExactly("https://example.org/advisories/TEST-MAVEN-0001");
        AffectedPackage affected = advisory.affected().get(0);
        assertThat(affected.key()).isEqualTo(new PackageKey("maven", "org.example", "lookup-core"));
        assertThat(affected.ranges()).hasSize(2);
        assertThat(affected.ranges().get(0).events()).containsExactly(new RangeEvent.Introduced("2.0-beta9"),
                new RangeEvent.Fixed("2.3.1"));
    }

    @Test
    void keysPackagesWithoutAPackageUrlByEcosystemAndName() throws Exception {
        List<Advisory> all = OsvFixtures.all();

        assertThat(all).extracting(Advisory::id).containsExactly("TEST-DEB-0001", "TEST-PYPI-0001",
                "TEST-MAVEN-0001", "TEST-NPM-0001", "TEST-RPM-0001", "TEST-NPM-0002");
        assertThat(key(all, "TEST-NPM-0001")).isEqualTo(new PackageKey("npm", "@example", "deep-merge"));
        assertThat(key(all, "TEST-DEB-0001")).isEqualTo(new PackageKey("deb", "debian", "libexample"));
        assertThat(key(all, "TEST-PYPI-0001")).isEqualTo(new PackageKey("pypi", "", "example-parser"));
        Advisory git = all.stream().filter(a -> a.id().equals("TEST-PYPI-0001")).findFirst().orElseThrow();
        assertThat(git.affected().get(0).ranges().get(0).type()).isEqualTo(AffectedRange.Type.GIT);
        assertThat(git.affected().get(0).ranges().get(0).repository()).isEqualTo("https://example.org/parser.git");
        assertThat(git.affected().get(0).versions()).containsExactly("0.9.1", "0.9.2rc1");
        assertThat(all.stream().filter(Advisory::isWithdrawn)).extracting(Advisory::id)
                .containsExactly("TEST-NPM-0002");
    }

    private static PackageKey key(List<Advisory> all, String id) {
        return all.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().affected().get(0).key();
    }

    @Test
    void readsTheJsonEntriesOfAZipArchiveAndReportsTheUnreadableOnesByName() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a/TEST-NPM-0001.json", Files.readAllBytes(OsvFixtures.folder().resolve("npm-last-affected.json")));
        entries.put("README.txt", OsvFixtures.utf8("not an advisory, and not a .json name"));
        entries.put("broken.json", OsvFixtures.utf8("{\"id\": "));
        entries.put("no-modified.json", OsvFixtures.utf8("{\"id\": \"X-1\"}"));
        Path archive = Files.write(folder.resolve("osv.zip"), OsvFixtures.zip(entries));
        List<Advisory> read = new ArrayList<>();

        List<LocalizedText> problems = reader.read(archive, read::add);

        assertThat(read).extracting(Advisory::id).containsExactly("TEST-NPM-0001");
        assertThat(problems).extracting(LocalizedText::en).containsExactly(
                "osv.zip!broken.json: This is not readable as JSON.",
                "osv.zip!no-modified.json: This is not an advisory in the expected format (no id or modified, "
                        + "or a malformed date).");
        assertThat(problems.get(0).ja()).isEqualTo("osv.zip!broken.json: JSON として読めません。");
    }

    @Test
    void deeplyNestedJsonIsRefusedWithAReason() throws Exception {
        Path deep = Files.writeString(folder.resolve("deep.json"),
                "{\"id\": \"X\", \"modified\": \"2026-01-01T00:00:00Z\", \"database_specific\": "
                        + "[".repeat(100_000) + "]".repeat(100_000) + "}");

        List<LocalizedText> problems = reader.read(deep, advisory -> { });

        assertThat(problems).singleElement().extracting(LocalizedText::ja).asString()
                .endsWith("JSON の入れ子が深すぎます。");
    }

    @Test
    void anEntryLargerThanAnyAdvisoryRefusesTheArchive() throws Exception {
        byte[] huge = OsvFixtures.utf8(" ".repeat(OsvReader.MAX_ADVISORY_BYTES + 1));
        byte[] archive = OsvFixtures.zip(Map.of("huge.json", huge));

        assertThatThrownBy(() -> reader.readArchive("upload.zip", new ByteArrayInputStream(archive), a -> { }))
                .isInstanceOfSatisfying(UnreadableAdvisoryException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(AdvisoryRefusal.TOO_LARGE);
                    assertThat(refused.reason().en()).isEqualTo("upload.zip!huge.json: This is too large for one "
                            + "advisory.");
                });
    }

    @Test
    void anArchiveThatInflatesFarBeyondItsSizeIsRefusedAsAZipBomb() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            entries.put("bomb-" + i + ".json", OsvFixtures.utf8(" ".repeat(4 << 20)));
        }
        byte[] archive = OsvFixtures.zip(entries);

        assertThatThrownBy(() -> reader.readArchive("bomb.zip", new ByteArrayInputStream(archive), a -> { }))
                .isInstanceOfSatisfying(UnreadableAdvisoryException.class, refused ->
                        assertThat(refused.refusal()).isEqualTo(AdvisoryRefusal.SUSPICIOUS_ARCHIVE));
    }

    @Test
    void aDamagedArchiveIsRefused() throws Exception {
        byte[] archive = OsvFixtures.zip(Map.of("a.json", OsvFixtures.utf8("{}".repeat(1000))));
        archive[archive.length / 3] ^= 0x55;
        archive[archive.length / 3 + 1] ^= 0x55;

        assertThatThrownBy(() -> reader.readArchive("damaged.zip", new ByteArrayInputStream(archive), a -> { }))
                .isInstanceOfSatisfying(UnreadableAdvisoryException.class, refused ->
                        assertThat(refused.refusal()).isEqualTo(AdvisoryRefusal.DAMAGED_ARCHIVE));
    }

    @Test
    void aTruncatedArchiveIsRefusedAsDamaged() throws Exception {
        byte[] archive = OsvFixtures.zip(Map.of("a.json", OsvFixtures.utf8("{\"id\": \"" + "x".repeat(5000) + "\"}")));
        byte[] truncated = java.util.Arrays.copyOf(archive, archive.length / 2);

        assertThatThrownBy(() -> reader.readArchive("cut.zip", new ByteArrayInputStream(truncated), a -> { }))
                .isInstanceOfSatisfying(UnreadableAdvisoryException.class, refused ->
                        assertThat(refused.refusal()).isEqualTo(AdvisoryRefusal.DAMAGED_ARCHIVE));
    }

    @Test
    void aMissingPathIsNamed() {
        assertThatThrownBy(() -> reader.read(folder.resolve("nothing-here"), a -> { }))
                .isInstanceOfSatisfying(UnreadableAdvisoryException.class, refused ->
                        assertThat(refused.refusal()).isEqualTo(AdvisoryRefusal.NOT_FOUND));
    }
}
