package io.shinrai.vuln;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Real advisory archives and SBOMs written by others, in ../shared/data beside the project when it is there. */
final class SharedAdvisoryData {

    static final Path FOLDER = locate();

    private SharedAdvisoryData() {
    }

    /** The shared file, or the test is skipped with the reason printed. */
    static Path file(String relative) {
        Path file = FOLDER == null ? null : FOLDER.resolve(relative);
        if (file == null || !Files.isRegularFile(file)) {
            String reason = "../shared/data/" + relative + " is absent: the test on real advisory data is skipped";
            System.out.println(reason);
            assumeTrue(false, reason);
        }
        return file;
    }

    private static Path locate() {
        // tests run in the module folder; the shared data sits beside the project root
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/data").normalize();
            if (Files.isDirectory(candidate) && Files.exists(dir.resolve("mvnw"))) {
                return candidate;
            }
        }
        return null;
    }
}
