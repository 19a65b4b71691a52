package io.shinrai.vuln;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** The mandatory tests of product and group ids: 6.1.1 to 6.1.5, and of product names: 6.1.13 and 6.1.31. */
final class CsafProductChecks {

    /** The words and operators 6.1.31 names as signs of a version range. */
    private static final Pattern RANGE = Pattern.compile("<|>|\\b(after|all|before|earlier|later|prior|versions)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final int IN_PROGRESS = 1;
    private static final int DONE = 2;

    private final List<CsafProblem> problems;
    private final Set<String> products = new HashSet<>();
    private final Set<String> groups = new HashSet<>();
    private final Map<String, List<String>> composedOf = new HashMap<>();

    private CsafProductChecks(List<CsafProblem> problems) {
        this.problems = problems;
    }

    static void check(JsonNode root, List<CsafProblem> problems) {
        CsafProductChecks checks = new CsafProductChecks(problems);
        JsonNode tree = root.path("product_tree");
        checks.branches(tree.path("branches"), "/product_tree/branches");
        int i = 0;
        for (JsonNode product : tree.path("full_product_names").values()) {
            checks.define(product, "/product_tree/full_product_names/" + i++);
        }
        i = 0;
        for (JsonNode relationship : tree.path("relationships").values()) {
            String at = "/product_tree/relationships/" + i++;
            String id = checks.define(relationship.path("full_product_name"), at + "/full_product_name");
            if (id != null) {
                checks.composedOf.put(id, List.of(relationship.path("product_reference").asString(""),
                        relationship.path("relates_to_product_reference").asString("")));
            }
        }
        i = 0;
        for (JsonNode group : tree.path("product_groups").values()) {
            String id = AdvisoryJson.text(group.path("group_id"));
            if (id != null && !checks.groups.add(id)) {
                problems.add(new CsafProblem(CsafTest.MULTIPLE_GROUP_ID, "/product_tree/product_groups/" + i
                        + "/group_id", id));
            }
            i++;
        }
        checks.references(root);
        checks.circles();
    }

    private void branches(JsonNode branches, String at) {
        int i = 0;
        for (JsonNode branch : branches.values()) {
            String here = at + "/" + i++;
            String name = AdvisoryJson.text(branch.path("name"));
            if ("product_version".equals(AdvisoryJson.text(branch.path("category"))) && name != null
                    && RANGE.matcher(name).find()) {
                problems.add(new CsafProblem(CsafTest.VERSION_RANGE_IN_VERSION, here + "/name", name));
            }
            if (branch.has("product")) {
                define(branch.path("product"), here + "/product");
            }
            branches(branch.path("branches"), here + "/branches");
        }
    }

    private String define(JsonNode product, String at) {
        String id = AdvisoryJson.text(product.path("product_id"));
        if (id == null) {
            problems.add(new CsafProblem(CsafTest.SCHEMA, at + "/product_id", "missing"));
            return null;
        }
        if (!products.add(id)) {
            problems.add(new CsafProblem(CsafTest.MULTIPLE_PRODUCT_ID, at + "/product_id", id));
        }
        String purl = AdvisoryJson.text(product.path("product_identification_helper").path("purl"));
        if (purl != null) {
            try {
                new PackageURL(purl);
            } catch (MalformedPackageURLException | RuntimeException malformed) {
                problems.add(new CsafProblem(CsafTest.PURL, at + "/product_identification_helper/purl", purl));
            }
        }
        return id;
    }

    private void references(JsonNode root) {
        JsonNode tree = root.path("product_tree");
        int i = 0;
        for (JsonNode group : tree.path("product_groups").values()) {
            products(group.path("product_ids"), "/product_tree/product_groups/" + i++ + "/product_ids");
        }
        i = 0;
        for (JsonNode relationship : tree.path("relationships").values()) {
            String at = "/product_tree/relationships/" + i++;
            product(relationship.path("product_reference"), at + "/product_reference");
            product(relationship.path("relates_to_product_reference"), at + "/relates_to_product_reference");
        }
        i = 0;
        for (JsonNode vulnerability : root.path("vulnerabilities").values()) {
            String at = "/vulnerabilities/" + i++;
            for (Map.Entry<String, JsonNode> status : vulnerability.path("product_status").properties()) {
                products(status.getValue(), at + "/product_status/" + status.getKey());
            }
            for (String list : List.of("remediations", "threats", "flags")) {
                int j = 0;
                for (JsonNode element : vulnerability.path(list).values()) {
                    String here = at + "/" + list + "/" + j++;
                    products(element.path("product_ids"), here + "/product_ids");
                    int k = 0;
                    for (JsonNode group : element.path("group_ids").values()) {
                        String id = group.asString("");
                        if (!groups.contains(id)) {
                            problems.add(new CsafProblem(CsafTest.MISSING_GROUP_ID, here + "/group_ids/" + k, id));
                        }
                        k++;
                    }
                }
            }
            int j = 0;
            for (JsonNode score : vulnerability.path("scores").values()) {
                products(score.path("products"), at + "/scores/" + j++ + "/products");
            }
        }
    }

    private void products(JsonNode ids, String at) {
        int i = 0;
        for (JsonNode id : ids.values()) {
            product(id, at + "/" + i++);
        }
    }

    private void product(JsonNode id, String at) {
        if (!id.isMissingNode() && !products.contains(id.asString(""))) {
            problems.add(new CsafProblem(CsafTest.MISSING_PRODUCT_ID, at, id.asString("")));
        }
    }

    /**
     * A product a relationship defines may not be made, however indirectly, of itself: one depth-first walk over all
     * relationships, so that a long chain costs its length once, not once per link.
     */
    private void circles() {
        Map<String, Integer> state = new HashMap<>();
        for (String start : composedOf.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<Iterator<String>> path = new ArrayDeque<>();
            Deque<String> names = new ArrayDeque<>();
            state.put(start, IN_PROGRESS);
            path.push(composedOf.get(start).iterator());
            names.push(start);
            while (!path.isEmpty()) {
                if (!path.peek().hasNext()) {
                    path.pop();
                    state.put(names.pop(), DONE);
                    continue;
                }
                String part = path.peek().next();
                Integer seen = state.get(part);
                if (seen == null && composedOf.containsKey(part)) {
                    state.put(part, IN_PROGRESS);
                    path.push(composedOf.get(part).iterator());
                    names.push(part);
                } else if (seen != null && seen == IN_PROGRESS) {
                    problems.add(new CsafProblem(CsafTest.CIRCULAR_PRODUCT_ID, "/product_tree/relationships", part));
                }
            }
        }
    }
}
