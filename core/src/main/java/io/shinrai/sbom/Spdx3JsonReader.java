package io.shinrai.sbom;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SPDX 3.0 JSON-LD (3.0.0 and 3.0.1, the software profile), read as a stream: the elements of {@code @graph} are
 * read one at a time, each {@code software_Package} becomes a component and each {@code Relationship} one
 * relationship per target, in SPDX 2's spelling ({@code dependsOn} is {@code DEPENDS_ON}), so that an SPDX 3 file
 * reads as the same SBOM in SPDX 2 would. The root elements of the {@code SpdxDocument} and of its
 * {@code software_Sbom} are what the document describes, given as DESCRIBES relationships from the document as SPDX
 * 2 gives them. Files, snippets and licences are passed over: SPDX 3 gives a package's licences as relationships to
 * licence elements, which may stand after the package has been handed on.
 *
 * <p>JSON-LD lets an element's fields, and the graph's elements, come in any order. A package's supplier and the
 * document's authors and tools are references to agents: their names (agents and tools are few) and the creation
 * information are remembered, up to {@value #MAX_NAMED} of each, and a package whose supplier has not been named
 * yet waits for it, with the packages after it so that they keep their order, up to {@value #MAX_WAITING}
 * packages, after which the oldest goes on with the reference as its supplier. Relationship targets read before
 * the relationship's {@code from} wait the same way.
 *
 * <p>Support: an artifact's {@code supportLevel} (SPDX 3's {@code SupportType}) is the component's support level.
 * {@code validUntilTime} says until when an artifact may be used before its use must be reassessed; SPDX 3 makes it
 * the end of support only for the support types {@code endOfSupport} and {@code limitedSupport}, and only then is it
 * read as the component's end of support.
 */
public final class Spdx3JsonReader implements SbomReader {

    static final Set<String> SPEC_VERSIONS = Set.of("3.0.0", "3.0.1");
    /** Agents, tools and creation informations remembered by id; far more than a real SBOM names. */
    static final int MAX_NAMED = 10_000;
    static final int MAX_WAITING = 10_000;

    private static final Pattern CONTEXT = Pattern.compile("https://spdx\\.org/rdf/([0-9][0-9.]*)/spdx-context"
            + "\\.jsonld");
    private static final Set<String> NAMED_TYPES = Set.of("Person", "Organization", "SoftwareAgent", "Agent",
            "Tool");
    private static final Set<String> RELATIONSHIP_TYPES = Set.of("Relationship", "LifecycleScopedRelationship");
    /** Relationships to licence elements: licences are not read (see above), nor counted as relationships. */
    private static final Set<String> LICENCE_RELATIONSHIPS = Set.of("hasConcludedLicense", "hasDeclaredLicense");
    /** SPDX 3's hash algorithms in SPDX 2's spelling; signature algorithms and {@code other} are no digests. */
    private static final Map<String, String> HASH_ALGORITHMS = new HashMap<>();

    static {
        for (String algorithm : List.of("adler32", "blake3", "md2", "md4", "md5", "md6", "sha1", "sha224",
                "sha256", "sha384", "sha512")) {
            HASH_ALGORITHMS.put(algorithm, algorithm.toUpperCase(Locale.ROOT));
        }
        for (String size : List.of("256", "384", "512")) {
            HASH_ALGORITHMS.put("blake2b" + size, "BLAKE2b-" + size);
        }
        for (String size : List.of("224", "256", "384", "512")) {
            HASH_ALGORITHMS.put("sha3_" + size, "SHA3-" + size);
        }
        for (String signature : List.of("crystalsDilithium", "crystalsKyber", "falcon", "other")) {
            HASH_ALGORITHMS.put(signature, null);
        }
    }

    @Override
    public SbomDocument read(InputStream in, SbomVisitor visitor) throws InvalidSbomException, IOException {
        Problems problems = new Problems();
        DocumentDraft document = new DocumentDraft(SbomFormat.SPDX_3_JSON_LD);
        Graph graph = new Graph(document, visitor, problems);
        try (JsonCursor json = new JsonCursor(in, problems)) {
            ProblemPlace top = json.here();
            boolean[] found = {false, false};
            json.root(field -> {
                switch (field) {
                    case "@context" -> {
                        found[0] = true;
                        context(json, document);
                    }
                    case "@graph" -> {
                        found[1] = true;
                        json.array(() -> element(json, graph));
                    }
                    default -> json.skip();
                }
            });
            if (!found[0]) {
                problems.add(top, SbomProblem.Kind.MISSING, "@context");
            }
            if (!found[1]) {
                problems.add(top, SbomProblem.Kind.MISSING, "@graph");
            }
            graph.finish(top);
        }
        problems.throwIfAny();
        SbomDocument read = document.build();
        visitor.document(read);
        return read;
    }

    /** The context is SPDX's, one string or one of a list; its URL names the version. */
    private static void context(JsonCursor json, DocumentDraft document) throws InvalidSbomException {
        JsonCursor.ElementHandler one = () -> {
            if (json.isOnObject()) {
                json.skip();
                return;
            }
            ProblemPlace at = json.here();
            String context = json.text();
            Matcher spdx = context == null ? null : CONTEXT.matcher(context);
            if (spdx != null && spdx.matches()) {
                if (!SPEC_VERSIONS.contains(spdx.group(1))) {
                    throw json.problems().fatal(at, SbomProblem.Kind.UNSUPPORTED_VERSION, "SPDX " + spdx.group(1));
                }
                document.specVersion = spdx.group(1);
            }
        };
        if (json.isOnArray()) {
            json.array(one);
        } else {
            one.element();
        }
    }

    private static void element(JsonCursor json, Graph graph) throws InvalidSbomException {
        Element element = new Element(json.here());
        json.object(field -> element.field(json, field, graph));
        graph.add(element);
    }

    /** The creation information of elements: when, by whom and with which tools; shared by reference. */
    private record Creation(String created, ProblemPlace createdAt, List<String> createdBy,
            List<String> createdUsing) {
    }

    /** An element while its fields are read: any of the kinds read, told apart by its type once it has closed. */
    private static final class Element {
        private final ProblemPlace place;
        private final ComponentDraft component;
        String type;
        String id;
        String name;
        String supplierRef;
        String supplierName;
        String creationRef;
        Creation creationInline;
        String created;
        ProblemPlace createdAt;
        String specVersion;
        final List<String> createdBy = new ArrayList<>();
        final List<String> createdUsing = new ArrayList<>();
        final List<String> rootElements = new ArrayList<>();
        String from;
        String relationshipType;
        final List<String> waitingTargets = new ArrayList<>();
        int targets;
        String validUntil;
        ProblemPlace validUntilAt;

        Element(ProblemPlace place) {
            this.place = place;
            this.component = new ComponentDraft(place);
        }

        void field(JsonCursor json, String field, Graph graph) throws InvalidSbomException {
            Problems problems = json.problems();
            switch (field) {
                case "type", "@type" -> type = json.text();
                case "spdxId", "@id" -> id = json.text();
                case "name" -> name = json.text();
                case "software_packageVersion" -> component.version = json.text();
                case "software_packageUrl" -> component.purl = json.text();
                case "software_primaryPurpose" -> component.type = purpose(json.text());
                case "suppliedBy" -> {
                    if (json.isOnObject()) {
                        supplierName = inline(json, graph).name;
                    } else {
                        supplierRef = json.text();
                    }
                }
                case "externalIdentifier" -> json.array(() -> externalIdentifier(json, component));
                case "verifiedUsing" -> json.array(() -> hash(json, component));
                case "supportLevel" -> {
                    JsonCursor.ElementHandler level = () -> {
                        ProblemPlace at = json.here();
                        String value = json.text();
                        if (value != null && component.supportLevel() == null) {
                            component.supportLevel(value, at, problems);
                        }
                    };
                    if (json.isOnArray()) {
                        json.array(level);
                    } else {
                        level.element();
                    }
                }
                case "validUntilTime" -> {
                    validUntilAt = json.here();
                    validUntil = json.text();
                }
                case "creationInfo" -> {
                    if (json.isOnObject()) {
                        Element inline = new Element(json.here());
                        json.object(part -> inline.field(json, part, graph));
                        creationInline = inline.creation();
                        graph.creation(inline);
                    } else {
                        creationRef = json.text();
                    }
                }
                case "created" -> {
                    createdAt = json.here();
                    created = json.text();
                }
                case "specVersion" -> {
                    ProblemPlace at = json.here();
                    specVersion = json.text();
                    if (specVersion != null && !SPEC_VERSIONS.contains(specVersion)) {
                        throw problems.fatal(at, SbomProblem.Kind.UNSUPPORTED_VERSION, "SPDX " + specVersion);
                    }
                }
                case "createdBy" -> json.array(() -> graph.reference(json, createdBy));
                case "createdUsing" -> json.array(() -> graph.reference(json, createdUsing));
                case "rootElement" -> json.array(() -> graph.reference(json, rootElements));
                case "from" -> from = json.text();
                case "relationshipType" -> relationshipType = json.text();
                case "to" -> json.array(() -> {
                    ProblemPlace at = json.here();
                    String target = json.isOnObject() ? inline(json, graph).id : json.text();
                    if (target == null) {
                        return;
                    }
                    targets++;
                    if (from != null && relationshipType != null) {
                        graph.related(from, relationshipType, target);
                    } else if (waitingTargets.size() < MAX_WAITING) {
                        waitingTargets.add(target);
                    } else {
                        problems.add(at, SbomProblem.Kind.TOO_LARGE, MAX_WAITING + " targets before \"from\"");
                    }
                });
                default -> json.skip();
            }
        }

        /**
         * An element written where it is used rather than referred to, an agent or a licence for example: read as
         * if it stood in the graph, and named by its id, or by its name when it has none.
         */
        private static Element inline(JsonCursor json, Graph graph) throws InvalidSbomException {
            Element inline = new Element(json.here());
            json.object(field -> inline.field(json, field, graph));
            graph.add(inline);
            if (inline.id == null) {
                inline.id = inline.name;
            }
            return inline;
        }

        Creation creation() {
            return new Creation(created, createdAt != null ? createdAt : place, List.copyOf(createdBy),
                    List.copyOf(createdUsing));
        }
    }

    /** What the graph has said so far that later elements refer to, and what waits for it. */
    private static final class Graph {
        private final DocumentDraft document;
        private final SbomVisitor visitor;
        private final Problems problems;
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, Creation> creations = new HashMap<>();
        private final Deque<Element> waiting = new ArrayDeque<>();
        private Element documentElement;
        private Creation firstCreation;
        private final Set<String> sboms = new HashSet<>();

        Graph(DocumentDraft document, SbomVisitor visitor, Problems problems) {
            this.document = document;
            this.visitor = visitor;
            this.problems = problems;
        }

        void reference(JsonCursor json, List<String> references) throws InvalidSbomException {
            ProblemPlace at = json.here();
            String reference = json.isOnObject() ? Element.inline(json, this).id : json.text();
            if (reference == null) {
                return;
            }
            if (references.size() == DocumentDraft.MAX_ENTRIES) {
                problems.add(at, SbomProblem.Kind.TOO_LARGE, DocumentDraft.MAX_ENTRIES + " references");
            } else {
                references.add(reference);
            }
        }

        void add(Element element) throws InvalidSbomException {
            if (element.type == null) {
                problems.add(element.place, SbomProblem.Kind.MISSING, "type");
                return;
            }
            switch (element.type) {
                case "CreationInfo" -> creation(element);
                case "SpdxDocument" -> {
                    document.name = element.name;
                    document.serialNumber = element.id;
                    documentElement = element;
                    describe(element.rootElements, element.place);
                }
                case "software_Sbom" -> {
                    if (element.id != null && sboms.size() < DocumentDraft.MAX_ENTRIES) {
                        sboms.add(element.id);
                    }
                    describe(element.rootElements, element.place);
                }
                case "software_Package" -> pkg(element);
                default -> {
                    if (NAMED_TYPES.contains(element.type)) {
                        named(element);
                    } else if (RELATIONSHIP_TYPES.contains(element.type)) {
                        relationship(element);
                    }
                }
            }
        }

        void named(Element element) throws InvalidSbomException {
            if (element.id != null && element.name != null) {
                remember(names, element.id, element.name, element.place);
                while (!waiting.isEmpty() && (waiting.peekFirst().supplierRef == null
                        || names.containsKey(waiting.peekFirst().supplierRef))) {
                    deliver(waiting.removeFirst());
                }
            }
        }

        void creation(Element element) throws InvalidSbomException {
            if (element.created == null) {
                problems.add(element.place, SbomProblem.Kind.MISSING, "created");
            }
            if (element.specVersion == null) {
                problems.add(element.place, SbomProblem.Kind.MISSING, "specVersion");
            }
            Creation creation = element.creation();
            if (firstCreation == null) {
                firstCreation = creation;
            }
            if (element.id != null) {
                remember(creations, element.id, creation, element.place);
            }
        }

        private <T> void remember(Map<String, T> map, String id, T value, ProblemPlace at)
                throws InvalidSbomException {
            if (map.size() == MAX_NAMED && !map.containsKey(id)) {
                problems.add(at, SbomProblem.Kind.TOO_LARGE, MAX_NAMED + " agents, tools or creation informations");
            } else {
                map.put(id, value);
            }
        }

        private void describe(List<String> roots, ProblemPlace at) throws InvalidSbomException {
            for (String root : roots) {
                document.describes(root, at, problems);
            }
        }

        private void pkg(Element element) throws InvalidSbomException {
            if (element.id == null) {
                problems.add(element.place, SbomProblem.Kind.MISSING, "spdxId");
            }
            element.component.ref = element.id;
            element.component.name = element.name;
            SupportLevel level = element.component.supportLevel();
            if (element.validUntil != null
                    && (level == SupportLevel.END_OF_SUPPORT || level == SupportLevel.LIMITED_SUPPORT)) {
                element.component.endOfSupport(element.validUntil, element.validUntilAt, problems);
            }
            if (waiting.isEmpty() && (element.supplierRef == null || names.containsKey(element.supplierRef))) {
                deliver(element);
            } else {
                if (waiting.size() == MAX_WAITING) {
                    deliver(waiting.removeFirst());
                }
                waiting.addLast(element);
            }
        }

        /** Hands the package on, its supplier named by the agent's name, or by reference when the file names none. */
        private void deliver(Element element) throws InvalidSbomException {
            ComponentDraft draft = element.component;
            draft.supplier = element.supplierName != null ? element.supplierName
                    : element.supplierRef == null ? null : names.getOrDefault(element.supplierRef, element.supplierRef);
            Component component = draft.build(element.place, problems);
            if (component != null) {
                Spdx.delivered(component, document, visitor);
            }
        }

        private void relationship(Element element) throws InvalidSbomException {
            String[][] required = {{element.from, "from"}, {element.relationshipType, "relationshipType"},
                    {element.targets == 0 ? null : "", "to"}};
            for (String[] field : required) {
                if (field[0] == null) {
                    problems.add(element.place, SbomProblem.Kind.MISSING, field[1]);
                    return;
                }
            }
            for (String target : element.waitingTargets) {
                related(element.from, element.relationshipType, target);
            }
        }

        void related(String from, String type, String to) {
            if (!LICENCE_RELATIONSHIPS.contains(type)) {
                visitor.relationship(new Relationship(from, spdx2Spelling(type), to));
            }
        }

        /** Once the graph has ended: what waits is handed on, and the document's creation is resolved. */
        void finish(ProblemPlace top) throws InvalidSbomException {
            while (!waiting.isEmpty()) {
                deliver(waiting.removeFirst());
            }
            document.notDescribed(sboms);
            String from = document.serialNumber != null ? document.serialNumber
                    : sboms.stream().findFirst().orElse(null);
            if (from != null) {
                for (String root : document.described()) {
                    visitor.relationship(new Relationship(from, Relationship.DESCRIBES, root));
                }
            }
            Creation creation = documentElement == null ? null : documentElement.creationInline != null
                    ? documentElement.creationInline : creations.get(documentElement.creationRef);
            if (creation == null) {
                creation = firstCreation;
            }
            if (creation == null) {
                problems.add(top, SbomProblem.Kind.MISSING, "CreationInfo");
                return;
            }
            document.timestamp(creation.created(), creation.createdAt(), problems);
            for (String agent : creation.createdBy()) {
                document.author(names.getOrDefault(agent, agent), creation.createdAt(), problems);
            }
            for (String tool : creation.createdUsing()) {
                document.tool(names.getOrDefault(tool, tool), creation.createdAt(), problems);
            }
        }
    }

    private static void externalIdentifier(JsonCursor json, ComponentDraft draft) throws InvalidSbomException {
        String[] identifier = new String[2];
        json.object(field -> {
            switch (field) {
                case "externalIdentifierType" -> identifier[0] = json.text();
                case "identifier" -> identifier[1] = json.text();
                default -> json.skip();
            }
        });
        if (identifier[0] == null || identifier[1] == null) {
            return;
        }
        switch (identifier[0]) {
            case "packageUrl" -> {
                if (draft.purl == null) {
                    draft.purl = identifier[1];
                }
            }
            case "cpe23" -> draft.cpe = identifier[1];
            case "swid" -> draft.swidTagId = identifier[1];
            default -> {
                // e-mail addresses, CVEs, gitoids and the like do not name the package itself
            }
        }
    }

    private static void hash(JsonCursor json, ComponentDraft draft) throws InvalidSbomException {
        ProblemPlace at = json.here();
        String[] hash = new String[3];
        json.object(field -> {
            switch (field) {
                case "type", "@type" -> hash[0] = json.text();
                case "algorithm" -> hash[1] = json.text();
                case "hashValue" -> hash[2] = json.text();
                default -> json.skip();
            }
        });
        if (hash[0] != null && !hash[0].equals("Hash")) {
            return;
        }
        if (hash[1] == null) {
            json.problems().add(at, SbomProblem.Kind.MISSING, "algorithm");
        } else if (!HASH_ALGORITHMS.containsKey(hash[1])) {
            json.problems().add(at, SbomProblem.Kind.INVALID_VALUE, hash[1]);
        } else if (HASH_ALGORITHMS.get(hash[1]) != null) {
            draft.hash(HASH_ALGORITHMS.get(hash[1]), hash[2], at, json.problems());
        }
    }

    /** SPDX 3's purposes in CycloneDX's spelling of component types, as SPDX 2's are: {@code operating-system}. */
    static String purpose(String text) {
        return text == null ? null : text.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** {@code dependsOn} as SPDX 2 and the rest of Shinrai spell it, {@code DEPENDS_ON}. */
    static String spdx2Spelling(String type) {
        return type.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
