package io.shinrai.vuln;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The products a CSAF 2.0 product tree defines, by product id: from its branches (whose {@code product_version} and
 * {@code product_version_range} ancestors give the version), its {@code full_product_names} and its relationships.
 * A relationship's product ("component X installed on platform Y") is its component, unless it identifies itself.
 */
final class CsafProducts {

    /**
     * What a product id stands for: identified by package URL or CPE only when the document says so. {@code name} is
     * the product's full name; {@code productName} the name of its {@code product_name} branch, else the full name.
     */
    record Product(String id, String name, String productName, Optional<String> purl, Optional<String> cpe,
            Optional<String> version, Optional<String> versionRange) {

        boolean identified() {
            return purl.isPresent() || cpe.isPresent();
        }
    }

    /** Relationships nest a product in a platform, rarely deeper than two; a longer chain is not followed. */
    static final int MAX_HOPS = 16;
    /**
     * Product ids that groups may expand to over a whole document: a hostile one could name a large group from every
     * flag and remediation, and each naming costs the group's size.
     */
    static final long MAX_EXPANDED = 10_000_000;

    private final Map<String, Product> products = new HashMap<>();
    private final Map<String, String> componentOf = new HashMap<>();
    private final Map<String, List<String>> groups = new HashMap<>();
    private long expanded;

    static CsafProducts of(JsonNode tree) {
        CsafProducts read = new CsafProducts();
        read.branches(tree.path("branches"), null, null, null);
        for (JsonNode product : tree.path("full_product_names").values()) {
            read.product(product, null, null, null);
        }
        for (JsonNode relationship : tree.path("relationships").values()) {
            JsonNode full = relationship.path("full_product_name");
            String id = AdvisoryJson.text(full.path("product_id"));
            String component = AdvisoryJson.text(relationship.path("product_reference"));
            if (id != null && component != null) {
                read.product(full, null, null, null);
                read.componentOf.put(id, component);
            }
        }
        for (JsonNode group : tree.path("product_groups").values()) {
            String id = AdvisoryJson.text(group.path("group_id"));
            if (id != null) {
                read.groups.put(id, AdvisoryJson.texts(group.path("product_ids")));
            }
        }
        return read;
    }

    private void branches(JsonNode branches, String productName, String version, String range) {
        for (JsonNode branch : branches.values()) {
            String category = AdvisoryJson.text(branch.path("category"));
            String name = AdvisoryJson.text(branch.path("name"));
            String ownName = "product_name".equals(category) ? name : productName;
            String ownVersion = "product_version".equals(category) ? name : version;
            String ownRange = "product_version_range".equals(category) ? name : range;
            if (branch.has("product")) {
                product(branch.path("product"), ownName, ownVersion, ownRange);
            }
            branches(branch.path("branches"), ownName, ownVersion, ownRange);
        }
    }

    private void product(JsonNode product, String productName, String version, String range) {
        String id = AdvisoryJson.text(product.path("product_id"));
        if (id == null) {
            return;
        }
        JsonNode helper = product.path("product_identification_helper");
        String name = Optional.ofNullable(AdvisoryJson.text(product.path("name"))).orElse(id);
        products.put(id, new Product(id, name, productName == null ? name : productName,
                Optional.ofNullable(AdvisoryJson.text(helper.path("purl"))),
                Optional.ofNullable(AdvisoryJson.text(helper.path("cpe"))), Optional.ofNullable(version),
                Optional.ofNullable(range)));
    }

    /** The product, or for a relationship's product that names nothing itself, the component it is made of. */
    Optional<Product> product(String id) {
        Set<String> seen = new HashSet<>();
        Product product = products.get(id);
        // a circular definition (mandatory test 6.1.3) ends where it meets itself
        while (product != null && !product.identified() && componentOf.containsKey(product.id())
                && seen.add(product.id()) && seen.size() <= MAX_HOPS) {
            product = products.get(componentOf.get(product.id()));
        }
        return Optional.ofNullable(product);
    }

    /** The product ids of the groups, each once, in the order given; none once the document passed its budget. */
    Set<String> inGroups(List<String> groupIds) {
        Set<String> ids = new LinkedHashSet<>();
        for (String group : groupIds) {
            List<String> members = groups.getOrDefault(group, List.of());
            expanded += members.size();
            if (overflowed()) {
                return Set.of();
            }
            ids.addAll(members);
        }
        return ids;
    }

    /** Whether groups were named so often that their products are no longer given (see {@link #MAX_EXPANDED}). */
    boolean overflowed() {
        return expanded > MAX_EXPANDED;
    }
}
