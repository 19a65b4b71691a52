package io.shinrai.dicom;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Real DICOM files written by other software, in ../shared/data/dicom beside the project when it is there. */
final class SharedDicomFiles {

    static final Path FOLDER = locate();

    private SharedDicomFiles() {
    }

    static List<Path> all() throws IOException {
        assumeTrue(FOLDER != null, "../shared/data/dicom is absent: the tests on real files are skipped");
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(file -> file.toString().endsWith(".dcm")).sorted().toList();
        }
    }

    static Path named(String name) {
        assumeTrue(FOLDER != null, "../shared/data/dicom is absent: the tests on real files are skipped");
        return FOLDER.resolve(name);
    }

    private static Path locate() {
        // tests run in the module folder; the shared data sits beside the project root
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/data/dicom").normalize();
            if (Files.isDirectory(candidate) && Files.exists(dir.resolve("mvnw"))) {
                return candidate;
            }
        }
        return null;
    }
}
