package io.shinrai.vuln;

import com.github.packageurl.PackageURL;
import java.util.Optional;

/**
 * What the matcher knows of one component: its package URL, its version, and its CPE 2.3 formatted string when the
 * SBOM gives one. No CPE is ever guessed from the package URL: without one, a component is not matched by CPE.
 * A component known only by its CPE has no package URL ({@code purl} null) and is matched by CPE alone.
 */
public record ComponentCoordinates(PackageURL purl, String version, Optional<String> cpe) {

    public ComponentCoordinates {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a component to match has a version: " + purl);
        }
        if (purl == null && cpe.isEmpty()) {
            throw new IllegalArgumentException("a component to match has a package URL or a CPE");
        }
    }

    /** A component whose package URL carries its version. */
    public static ComponentCoordinates of(PackageURL purl) {
        return new ComponentCoordinates(purl, purl.getVersion(), Optional.empty());
    }

    /** The key advisories are filed under; null for a component without a package URL. */
    public PackageKey key() {
        return purl == null ? null : PackageKey.of(purl);
    }

    @Override
    public String toString() {
        return (purl == null ? cpe.get() : key()) + "@" + version;
    }
}
