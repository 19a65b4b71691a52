package io.shinrai.vuln;

import com.github.packageurl.PackageURL;
import java.util.Locale;

/**
 * What advisories are indexed and looked up by: package URL type, namespace and name, without version, qualifiers
 * or subpath. Names are normalised the way each type's rules ask (PyPI: lower case, runs of {@code -_.} as one
 * {@code -}), so that an advisory and an SBOM spelling the same package differently still meet.
 */
public record PackageKey(String type, String namespace, String name) {

    public PackageKey {
        type = type.toLowerCase(Locale.ROOT);
        namespace = namespace == null || namespace.isEmpty() ? "" : namespace;
        switch (type) {
            case "pypi" -> name = name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
            // Go module paths keep their capitals in advisories, but package URLs lower-case them
            case "npm", "deb", "rpm", "gem", "nuget", "cargo", "composer", "hex", "pub", "golang" -> {
                namespace = namespace.toLowerCase(Locale.ROOT);
                name = name.toLowerCase(Locale.ROOT);
            }
            default -> {
            }
        }
    }

    public static PackageKey of(PackageURL purl) {
        return new PackageKey(purl.getType(), purl.getNamespace(), purl.getName());
    }

    /**
     * The key of an OSV package given by ecosystem and name, for advisories without a package URL. Go module paths
     * and npm scopes split at the last slash, Maven coordinates at the colon; an ecosystem without a package URL
     * type keeps its own name, so it is indexed but meets no component's package URL.
     */
    public static PackageKey ofEcosystem(String ecosystem, String name) {
        Ecosystem known = Ecosystem.of(ecosystem);
        String type = known.purlType().orElse("osv-" + ecosystem);
        int split = type.equals("maven") ? name.indexOf(':') : name.lastIndexOf('/');
        if (split > 0 && (type.equals("maven") || type.equals("golang") || type.equals("npm"))) {
            return new PackageKey(type, name.substring(0, split), name.substring(split + 1));
        }
        return new PackageKey(type, known.purlNamespace().orElse(""), name);
    }

    @Override
    public String toString() {
        return "pkg:" + type + "/" + (namespace.isEmpty() ? "" : namespace + "/") + name;
    }
}
