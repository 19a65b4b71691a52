package io.shinrai.sbom;

import java.util.Locale;
import java.util.Set;

/** What SPDX 2.2 and 2.3 say, shared by the JSON and the tag-value reader. */
final class Spdx {

    static final Set<String> SPEC_VERSIONS = Set.of("SPDX-2.2", "SPDX-2.3");
    static final String DOCUMENT_ID = "SPDXRef-DOCUMENT";
    static final Set<String> CHECKSUM_ALGORITHMS = Set.of("SHA1", "SHA224", "SHA256", "SHA384", "SHA512", "MD2",
            "MD4", "MD5", "MD6", "SHA3-256", "SHA3-384", "SHA3-512", "BLAKE2b-256", "BLAKE2b-384", "BLAKE2b-512",
            "BLAKE3", "ADLER32");

    private Spdx() {
    }

    /** {@code Organization: Acme (ops@acme.example)} is Acme; {@code NOASSERTION} is nobody. */
    static String party(String text) {
        if (text == null || text.equals("NOASSERTION")) {
            return null;
        }
        int colon = text.indexOf(':');
        String name = colon < 0 ? text : text.substring(colon + 1);
        int mail = name.lastIndexOf('(');
        String stripped = (mail < 0 ? name : name.substring(0, mail)).strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * SPDX's primary package purpose in CycloneDX's spelling of component types ({@code OPERATING-SYSTEM} is
     * {@code operating-system}), so that both formats give the same type for the same kind of thing.
     */
    static String purpose(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    /** A licence field, unless it says that nothing is known or there is none. */
    static String licence(String text) {
        return text == null || text.equals("NOASSERTION") || text.equals("NONE") ? null : text;
    }

    static void creator(String creator, DocumentDraft document, ProblemPlace at, Problems problems)
            throws InvalidSbomException {
        if (creator == null) {
            return;
        }
        if (creator.startsWith("Tool:")) {
            document.tool(party(creator), at, problems);
        } else if (creator.startsWith("Person:") || creator.startsWith("Organization:")) {
            document.author(party(creator), at, problems);
        } else {
            problems.add(at, SbomProblem.Kind.INVALID_VALUE, creator);
        }
    }

    /** Takes a package's external reference that identifies it: a package URL, a CPE 2.3 name or a SWID tag. */
    static void externalReference(String type, String locator, ComponentDraft draft) {
        if (type == null || locator == null) {
            return;
        }
        switch (type) {
            case "purl" -> draft.purl = locator;
            case "cpe23Type" -> draft.cpe = locator;
            case "swid" -> draft.swidTagId = locator;
            default -> {
                // advisories, other package managers and the like do not name the package itself
            }
        }
    }

    static void checksum(String algorithm, String value, ComponentDraft draft, ProblemPlace at, Problems problems)
            throws InvalidSbomException {
        if (algorithm == null) {
            problems.add(at, SbomProblem.Kind.MISSING, "algorithm");
        } else if (!CHECKSUM_ALGORITHMS.contains(algorithm)) {
            problems.add(at, SbomProblem.Kind.INVALID_VALUE, algorithm);
        } else {
            draft.hash(algorithm, value, at, problems);
        }
    }

    /** Described packages become the document's product as well as components, when the file says so first. */
    static void delivered(Component component, DocumentDraft document, SbomVisitor visitor) {
        if (document.product == null && document.isDescribed(component.ref())) {
            document.product = component;
        }
        visitor.component(component);
    }

    /** The document's own DESCRIBES relationships name its product. */
    static void related(Relationship relationship, DocumentDraft document, SbomVisitor visitor, ProblemPlace at,
            Problems problems) throws InvalidSbomException {
        if (relationship.type().equals(Relationship.DESCRIBES) && relationship.from().equals(DOCUMENT_ID)) {
            document.describes(relationship.to(), at, problems);
        }
        visitor.relationship(relationship);
    }
}
