package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.LocalizedText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdvisoryReaderTest {

    @TempDir
    Path folder;

    private Map<String, byte[]> mixed() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("csaf/ems-sa-2026-0007.json",
                Files.readAllBytes(CsafReaderTest.fixture("example-sa-2026-0007.json")));
        files.put("nvd/nvdcve-2.0-fixture.json", Files.readAllBytes(Path.of(
                AdvisoryReaderTest.class.getResource("/vuln/nvd/nvdcve-2.0-fixture.json").toURI())));
        files.put("osv/maven-two-ranges.json",
                Files.readAllBytes(OsvFixtures.folder().resolve("maven-two-ranges.json")));
        files.put("notes/readme.json", "{\"about\": \"not an advisory\"}".getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Test
    void aFolderMixingFormatsIsReadFileByFileInItsOwnFormat() throws Exception {
        for (Map.Entry<String, byte[]> file : mixed().entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        List<Advisory> read = new ArrayList<>();

        List<LocalizedText> problems = new AdvisoryReader().read(folder, read::add);

        assertThat(read).extracting(Advisory::id).contains("EMS-SA-2026-0007/CVE-2021-44228", "TEST-MAVEN-0001")
                .anyMatch(id -> id.startsWith("CVE-"));
        assertThat(problems).extracting(LocalizedText::en)
                .anyMatch(problem -> problem.contains("cpe:2.3:a:example:broken"))
                .anyMatch(problem -> problem.endsWith("readme.json: Not recognised as any format read (OSV, NVD, "
                        + "CSAF 2.0, JVN, CycloneDX VEX)."))
                .hasSize(2);
    }

    @Test
    void aZipArchiveMixingFormatsIsReadLikeAFolder() throws Exception {
        List<Advisory> read = new ArrayList<>();

        List<LocalizedText> problems = new AdvisoryReader().readArchive("advisories.zip",
                new ByteArrayInputStream(OsvFixtures.zip(mixed())), read::add);

        assertThat(read).extracting(Advisory::id).contains("EMS-SA-2026-0007/EMS-2026-0031", "TEST-MAVEN-0001");
        assertThat(problems).extracting(LocalizedText::en).hasSize(2)
                .anyMatch(problem -> problem.startsWith("advisories.zip!notes/readme.json: "));
    }
}
