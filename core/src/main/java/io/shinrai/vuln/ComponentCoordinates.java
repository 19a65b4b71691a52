package io.shinrai.vuln;

import com.github.packageurl.PackageURL;
import java.util.Optional;

/**
 * What the matcher knows of one component: its package URL, its version, and its CPE 2.3 formatted string when the
 * SBOM gives one. No CPE is ever guessed from the package URL: without one, a component is not matched by CPE.
 */
public record ComponentCoordinates(PackageURL purl, String version, Optional<String> cpe) {

    public ComponentCoordinates {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a component to match has a version: " + purl);
        }
    }

    /** A component whose package URL carries its version. */
    public static ComponentCoordinates of(PackageURL purl) {
        return new ComponentCoordinates(purl, purl.getVersion(), Optional.empty());
    }

    public PackageKey key() {
        return PackageKey.of(purl);
    }

    @Override
    public String toString() {
        return key() + "@" + version;
    }
}
