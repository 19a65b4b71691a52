package io.shinrai.vuln;

import com.github.packageurl.PackageURL;
import io.github.nscuro.versatile.version.KnownVersioningSchemes;
import java.util.Locale;
import java.util.Optional;

/**
 * The OSV ecosystems whose versions Shinrai orders, with the package URL type their packages have and the version
 * scheme that orders them. An OSV ecosystem may carry a release after a colon ("Debian:12"); the name before it
 * decides.
 */
public enum Ecosystem {
    GO("Go", "golang", null, KnownVersioningSchemes.SCHEME_GOLANG),
    PYPI("PyPI", "pypi", null, KnownVersioningSchemes.SCHEME_PYPI),
    NPM("npm", "npm", null, KnownVersioningSchemes.SCHEME_NPM),
    MAVEN("Maven", "maven", null, KnownVersioningSchemes.SCHEME_MAVEN),
    DEBIAN("Debian", "deb", "debian", KnownVersioningSchemes.SCHEME_DEBIAN),
    UBUNTU("Ubuntu", "deb", "ubuntu", KnownVersioningSchemes.SCHEME_DEBIAN),
    RED_HAT("Red Hat", "rpm", "redhat", KnownVersioningSchemes.SCHEME_RPM),
    ALMALINUX("AlmaLinux", "rpm", "almalinux", KnownVersioningSchemes.SCHEME_RPM),
    ROCKY_LINUX("Rocky Linux", "rpm", "rocky-linux", KnownVersioningSchemes.SCHEME_RPM),
    OPENSUSE("openSUSE", "rpm", "opensuse", KnownVersioningSchemes.SCHEME_RPM),
    SUSE("SUSE", "rpm", "suse", KnownVersioningSchemes.SCHEME_RPM),
    CRATES_IO("crates.io", "cargo", null, null),
    OTHER(null, null, null, null);

    /** Strict Semantic Versioning 2.0 order, for SEMVER ranges of ecosystems without an order of their own. */
    static final String SEMVER_SCHEME = KnownVersioningSchemes.SCHEME_NPM;

    private final String osvName;
    private final String purlType;
    private final String purlNamespace;
    private final String scheme;

    Ecosystem(String osvName, String purlType, String purlNamespace, String scheme) {
        this.osvName = osvName;
        this.purlType = purlType;
        this.purlNamespace = purlNamespace;
        this.scheme = scheme;
    }

    public static Ecosystem of(String osvEcosystem) {
        int colon = osvEcosystem.indexOf(':');
        String base = colon < 0 ? osvEcosystem : osvEcosystem.substring(0, colon);
        for (Ecosystem ecosystem : values()) {
            if (base.equals(ecosystem.osvName)) {
                return ecosystem;
            }
        }
        return OTHER;
    }

    /**
     * The OSV name of the ecosystem a package URL belongs to (Debian and Ubuntu told apart by the namespace), or the
     * package URL type itself when Shinrai knows no ecosystem for it.
     */
    public static String nameOf(PackageURL purl) {
        String namespace = purl.getNamespace() == null ? "" : purl.getNamespace().toLowerCase(Locale.ROOT);
        for (Ecosystem ecosystem : values()) {
            if (purl.getType().equals(ecosystem.purlType)
                    && (ecosystem.purlNamespace == null || ecosystem.purlNamespace.equals(namespace))) {
                return ecosystem.osvName;
            }
        }
        return purl.getType();
    }

    public Optional<String> purlType() {
        return Optional.ofNullable(purlType);
    }

    public Optional<String> purlNamespace() {
        return Optional.ofNullable(purlNamespace);
    }

    /** The versatile scheme that orders this ecosystem's versions in ECOSYSTEM ranges, if Shinrai knows one. */
    public Optional<String> scheme() {
        return Optional.ofNullable(scheme);
    }

    /** The order of a range of the given type, or empty when versions cannot be compared in it (GIT, or unknown). */
    public Optional<String> schemeFor(AffectedRange.Type type) {
        return switch (type) {
            case GIT -> Optional.empty();
            case SEMVER -> Optional.of(scheme == null || this == PYPI || this == MAVEN ? SEMVER_SCHEME : scheme);
            case ECOSYSTEM -> scheme();
        };
    }
}
