package io.shinrai.vuln;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@link CsafAdvisory} as CSAF 2.0 JSON, streamed, so that a product line of hundreds of versions with
 * thousands of components each never sits in memory as text. Products become branches vendor / product name /
 * product version (a product without vendor a full product name), each distinct component a full product name,
 * and each component of a product version a {@code default_component_of} relationship. A VEX justification
 * becomes a flag, an impact a threat of category impact.
 */
public final class CsafWriter {

    private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,}");

    private CsafWriter() {
    }

    public static void write(CsafAdvisory advisory, OutputStream out) {
        Ids ids = new Ids(advisory.products());
        try (JsonGenerator json = AdvisoryJson.MAPPER.createGenerator(out)) {
            json.writeStartObject();
            document(json, advisory);
            productTree(json, advisory.products(), ids);
            json.writeArrayPropertyStart("vulnerabilities");
            for (CsafAdvisory.Vulnerability vulnerability : advisory.vulnerabilities()) {
                vulnerability(json, vulnerability, advisory.publisher(), ids);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void document(JsonGenerator json, CsafAdvisory advisory) {
        CsafAdvisory.Tracking tracking = advisory.tracking();
        List<CsafAdvisory.Revision> revisions = tracking.revisions();
        json.writeObjectPropertyStart("document");
        json.writeStringProperty("category", advisory.category().csafName());
        json.writeStringProperty("csaf_version", "2.0");
        json.writeObjectPropertyStart("distribution");
        json.writeObjectPropertyStart("tlp");
        json.writeStringProperty("label", advisory.tlp().name());
        json.writeStringProperty("url", "https://www.first.org/tlp/");
        json.writeEndObject();
        json.writeEndObject();
        json.writeStringProperty("lang", advisory.lang());
        json.writeObjectPropertyStart("publisher");
        json.writeStringProperty("category", advisory.publisher().category());
        json.writeStringProperty("name", advisory.publisher().name());
        json.writeStringProperty("namespace", advisory.publisher().namespace());
        json.writeEndObject();
        json.writeStringProperty("title", advisory.title());
        json.writeObjectPropertyStart("tracking");
        json.writeStringProperty("current_release_date", date(revisions.get(revisions.size() - 1).date()));
        json.writeObjectPropertyStart("generator");
        json.writeObjectPropertyStart("engine");
        json.writeStringProperty("name", "Shinrai");
        json.writeEndObject();
        json.writeEndObject();
        json.writeStringProperty("id", tracking.id());
        json.writeStringProperty("initial_release_date", date(revisions.get(0).date()));
        json.writeArrayPropertyStart("revision_history");
        for (CsafAdvisory.Revision revision : revisions) {
            json.writeStartObject();
            json.writeStringProperty("date", date(revision.date()));
            json.writeStringProperty("number", revision.number());
            json.writeStringProperty("summary", revision.summary());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringProperty("status", tracking.status().name().toLowerCase(Locale.ROOT));
        json.writeStringProperty("version", revisions.get(revisions.size() - 1).number());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static String date(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void productTree(JsonGenerator json, List<CsafAdvisory.Product> products, Ids ids) {
        Map<String, Map<String, List<CsafAdvisory.Product>>> byVendor = new LinkedHashMap<>();
        List<CsafAdvisory.Product> withoutVendor = new ArrayList<>();
        for (CsafAdvisory.Product product : products) {
            if (product.vendor() == null) {
                withoutVendor.add(product);
            } else {
                byVendor.computeIfAbsent(product.vendor(), v -> new LinkedHashMap<>())
                        .computeIfAbsent(product.name(), n -> new ArrayList<>()).add(product);
            }
        }
        json.writeObjectPropertyStart("product_tree");
        if (!byVendor.isEmpty()) {
            json.writeArrayPropertyStart("branches");
            for (Map.Entry<String, Map<String, List<CsafAdvisory.Product>>> vendor : byVendor.entrySet()) {
                branchStart(json, "vendor", vendor.getKey());
                for (Map.Entry<String, List<CsafAdvisory.Product>> name : vendor.getValue().entrySet()) {
                    List<CsafAdvisory.Product> versioned = name.getValue().stream()
                            .filter(product -> product.version() != null).toList();
                    for (CsafAdvisory.Product product : name.getValue()) {
                        if (product.version() == null) {
                            leaf(json, "product_name", product.name(), product, ids);
                        }
                    }
                    if (!versioned.isEmpty()) {
                        branchStart(json, "product_name", name.getKey());
                        versioned.forEach(product -> leaf(json, "product_version", product.version(), product, ids));
                        branchEnd(json);
                    }
                }
                branchEnd(json);
            }
            json.writeEndArray();
        }
        if (!withoutVendor.isEmpty() || !ids.components.isEmpty()) {
            json.writeArrayPropertyStart("full_product_names");
            for (CsafAdvisory.Product product : withoutVendor) {
                fullProductName(json, product.fullName(), ids.of(product), product.purl(), product.cpe());
            }
            for (Map.Entry<CsafAdvisory.Component, String> component : ids.components.entrySet()) {
                CsafAdvisory.Component c = component.getKey();
                fullProductName(json, c.fullName(), component.getValue(), c.purl(), c.cpe());
            }
            json.writeEndArray();
        }
        if (!ids.components.isEmpty()) {
            json.writeArrayPropertyStart("relationships");
            for (CsafAdvisory.Product product : products) {
                for (CsafAdvisory.Component component : product.components()) {
                    json.writeStartObject();
                    json.writeStringProperty("category", "default_component_of");
                    json.writeObjectPropertyStart("full_product_name");
                    json.writeStringProperty("name", component.fullName() + " as part of " + product.fullName());
                    json.writeStringProperty("product_id", ids.of(CsafAdvisory.Ref.to(product), component));
                    json.writeEndObject();
                    json.writeStringProperty("product_reference", ids.components.get(component));
                    json.writeStringProperty("relates_to_product_reference", ids.of(product));
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void branchStart(JsonGenerator json, String category, String name) {
        json.writeStartObject();
        json.writeStringProperty("category", category);
        json.writeStringProperty("name", name);
        json.writeArrayPropertyStart("branches");
    }

    private static void leaf(JsonGenerator json, String category, String name, CsafAdvisory.Product product,
            Ids ids) {
        json.writeStartObject();
        json.writeStringProperty("category", category);
        json.writeStringProperty("name", name);
        json.writeName("product");
        fullProductName(json, product.fullName(), ids.of(product), product.purl(), product.cpe());
        json.writeEndObject();
    }

    private static void branchEnd(JsonGenerator json) {
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void fullProductName(JsonGenerator json, String name, String id, Optional<String> purl,
            Optional<String> cpe) {
        json.writeStartObject();
        json.writeStringProperty("name", name);
        json.writeStringProperty("product_id", id);
        if (purl.isPresent() || cpe.isPresent()) {
            json.writeObjectPropertyStart("product_identification_helper");
            cpe.ifPresent(value -> json.writeStringProperty("cpe", value));
            purl.ifPresent(value -> json.writeStringProperty("purl", value));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void vulnerability(JsonGenerator json, CsafAdvisory.Vulnerability vulnerability,
            CsafAdvisory.Publisher publisher, Ids ids) {
        json.writeStartObject();
        if (CVE.matcher(vulnerability.cve()).matches()) {
            json.writeStringProperty("cve", vulnerability.cve());
        }
        vulnerability.cwe().ifPresent(cwe -> {
            json.writeObjectPropertyStart("cwe");
            json.writeStringProperty("id", cwe.id());
            json.writeStringProperty("name", cwe.name());
            json.writeEndObject();
        });
        Map<String, Set<String>> flags = new LinkedHashMap<>();
        Map<String, Set<String>> impacts = new LinkedHashMap<>();
        Map<String, Set<String>> statuses = new LinkedHashMap<>();
        for (CsafAdvisory.ProductStatus status : vulnerability.statuses()) {
            String id = ids.of(status.ref());
            statuses.computeIfAbsent(status.state().csafStatus(), s -> new LinkedHashSet<>()).add(id);
            status.justification().ifPresent(j -> flags.computeIfAbsent(j.csafLabel(), l -> new LinkedHashSet<>())
                    .add(id));
            if (!status.impact().isBlank()) {
                impacts.computeIfAbsent(status.impact(), i -> new LinkedHashSet<>()).add(id);
            }
        }
        if (!flags.isEmpty()) {
            json.writeArrayPropertyStart("flags");
            for (Map.Entry<String, Set<String>> flag : flags.entrySet()) {
                json.writeStartObject();
                json.writeStringProperty("label", flag.getKey());
                productIds(json, flag.getValue());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!CVE.matcher(vulnerability.cve()).matches()) {
            json.writeArrayPropertyStart("ids");
            json.writeStartObject();
            json.writeStringProperty("system_name", publisher.name());
            json.writeStringProperty("text", vulnerability.cve());
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeArrayPropertyStart("notes");
        json.writeStartObject();
        json.writeStringProperty("category", "description");
        json.writeStringProperty("text", vulnerability.description());
        json.writeStringProperty("title", "Vulnerability description");
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectPropertyStart("product_status");
        for (Map.Entry<String, Set<String>> status : statuses.entrySet()) {
            json.writeArrayPropertyStart(status.getKey());
            status.getValue().forEach(json::writeString);
            json.writeEndArray();
        }
        json.writeEndObject();
        if (!vulnerability.remediations().isEmpty()) {
            json.writeArrayPropertyStart("remediations");
            for (CsafAdvisory.Remediation remediation : vulnerability.remediations()) {
                json.writeStartObject();
                json.writeStringProperty("category", remediation.category().csafCategory());
                json.writeStringProperty("details", remediation.details());
                productIds(json, ids.of(remediation.refs()));
                remediation.url().ifPresent(url -> json.writeStringProperty("url", url));
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!vulnerability.scores().isEmpty()) {
            json.writeArrayPropertyStart("scores");
            for (CsafAdvisory.Score score : vulnerability.scores()) {
                json.writeStartObject();
                json.writeObjectPropertyStart("cvss_v3");
                json.writeStringProperty("version", score.vector().startsWith("CVSS:3.0/") ? "3.0" : "3.1");
                json.writeStringProperty("vectorString", score.vector());
                json.writeNumberProperty("baseScore", score.baseScore());
                json.writeStringProperty("baseSeverity", CvssRating.Severity.of(score.baseScore()).name());
                json.writeEndObject();
                json.writeArrayPropertyStart("products");
                ids.of(score.refs()).forEach(json::writeString);
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!impacts.isEmpty()) {
            json.writeArrayPropertyStart("threats");
            for (Map.Entry<String, Set<String>> impact : impacts.entrySet()) {
                json.writeStartObject();
                json.writeStringProperty("category", "impact");
                json.writeStringProperty("details", impact.getKey());
                productIds(json, impact.getValue());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeStringProperty("title", vulnerability.title());
        json.writeEndObject();
    }

    private static void productIds(JsonGenerator json, Set<String> ids) {
        json.writeArrayPropertyStart("product_ids");
        ids.forEach(json::writeString);
        json.writeEndArray();
    }

    /** Product ids in the order products and then components first appear. */
    private static final class Ids {
        private final Map<CsafAdvisory.Product, String> products = new IdentityHashMap<>();
        private final Map<CsafAdvisory.Component, String> components = new LinkedHashMap<>();

        Ids(List<CsafAdvisory.Product> all) {
            for (CsafAdvisory.Product product : all) {
                products.put(product, "CSAFPID-" + (products.size() + 1));
            }
            for (CsafAdvisory.Product product : all) {
                for (CsafAdvisory.Component component : product.components()) {
                    components.computeIfAbsent(component, c -> "CSAFPID-C" + (components.size() + 1));
                }
            }
        }

        String of(CsafAdvisory.Product product) {
            String id = products.get(product);
            if (id == null) {
                throw new IllegalArgumentException("not a product of the advisory: " + product.fullName());
            }
            return id;
        }

        String of(CsafAdvisory.Ref ref) {
            return ref.component().map(component -> of(ref, component)).orElseGet(() -> of(ref.product()));
        }

        String of(CsafAdvisory.Ref ref, CsafAdvisory.Component component) {
            String id = components.get(component);
            if (id == null) {
                throw new IllegalArgumentException("not a component of " + ref.product().fullName() + ": "
                        + component.fullName());
            }
            return of(ref.product()) + ":" + id.substring("CSAFPID-".length());
        }

        Set<String> of(List<CsafAdvisory.Ref> refs) {
            Set<String> ids = new LinkedHashSet<>();
            refs.forEach(ref -> ids.add(of(ref)));
            return ids;
        }
    }
}
