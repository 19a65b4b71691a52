package io.shinrai.vuln;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A CSAF 2.0 document as the readers need it: the fields every CSAF document must have, checked for presence and
 * kind, its product tree, and its vulnerabilities left as JSON for each reader to take what it reads.
 */
record CsafDocument(String category, String trackingId, String title, Instant currentRelease,
        Optional<Instant> initialRelease, CsafProducts products, List<String> references, JsonNode root) {

    /** The product status categories that say a product is affected, in the standard's words. */
    static final List<String> AFFECTED = List.of("first_affected", "known_affected", "last_affected");

    static CsafDocument of(JsonNode root, String where) throws UnreadableAdvisoryException {
        JsonNode document = root.path("document");
        String version = AdvisoryJson.text(document.path("csaf_version"));
        if (version == null) {
            throw missing(where, "/document/csaf_version");
        }
        if (!"2.0".equals(version)) {
            throw new UnreadableAdvisoryException(AdvisoryRefusal.UNSUPPORTED_VERSION, where + " csaf_version "
                    + version, null);
        }
        JsonNode tracking = document.path("tracking");
        String category = required(document, "category", where, "/document/category");
        String id = required(tracking, "id", where, "/document/tracking/id");
        String title = required(document, "title", where, "/document/title");
        Optional<Instant> current = AdvisoryJson.instant(tracking.path("current_release_date"),
                where + " /document/tracking/current_release_date");
        if (current.isEmpty()) {
            throw missing(where, "/document/tracking/current_release_date");
        }
        List<String> references = new ArrayList<>();
        for (JsonNode reference : document.path("references").values()) {
            Optional.ofNullable(AdvisoryJson.text(reference.path("url"))).ifPresent(references::add);
        }
        return new CsafDocument(category, id, title, current.get(),
                AdvisoryJson.instant(tracking.path("initial_release_date"),
                        where + " /document/tracking/initial_release_date"),
                CsafProducts.of(root.path("product_tree")), references, root);
    }

    private static String required(JsonNode parent, String field, String where, String pointer)
            throws UnreadableAdvisoryException {
        String text = AdvisoryJson.text(parent.path(field));
        if (text == null || text.isBlank()) {
            throw missing(where, pointer);
        }
        return text;
    }

    static UnreadableAdvisoryException missing(String where, String pointer) {
        return new UnreadableAdvisoryException(AdvisoryRefusal.MISSING_FIELD, where + " " + pointer, null);
    }

    Iterable<JsonNode> vulnerabilities() {
        return root.path("vulnerabilities").values();
    }

    /** The CVE of a vulnerability, else the first of its other ids, else nothing. */
    static Optional<String> vulnerabilityId(JsonNode vulnerability) {
        String cve = AdvisoryJson.text(vulnerability.path("cve"));
        if (cve != null) {
            return Optional.of(cve);
        }
        for (JsonNode id : vulnerability.path("ids").values()) {
            String text = AdvisoryJson.text(id.path("text"));
            if (text != null) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** The products an element names by {@code product_ids} and by {@code group_ids}. */
    Set<String> productIds(JsonNode element) {
        Set<String> ids = new LinkedHashSet<>(AdvisoryJson.texts(element.path("product_ids")));
        ids.addAll(products.inGroups(AdvisoryJson.texts(element.path("group_ids"))));
        return ids;
    }
}
