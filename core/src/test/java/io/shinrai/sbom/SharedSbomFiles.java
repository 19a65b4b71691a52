package io.shinrai.sbom;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Real SBOMs written by other tools, in ../shared/data/sbom beside the project when it is there. */
final class SharedSbomFiles {

    private static final Path FOLDER = locate();

    private SharedSbomFiles() {
    }

    /** A file under ../shared/data/sbom, e.g. {@code cyclonedx/keycloak-10.0.2__bom.json}; skips the test without. */
    static Path named(String name) {
        assumeTrue(FOLDER != null, "../shared/data/sbom is absent: the tests on real SBOMs are skipped");
        return FOLDER.resolve(name);
    }

    private static Path locate() {
        // tests run in the module folder; the shared data sits beside the project root
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/data/sbom").normalize();
            if (Files.isDirectory(candidate) && Files.exists(dir.resolve("mvnw"))) {
                return candidate;
            }
        }
        return null;
    }
}
