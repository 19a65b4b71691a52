package io.shinrai.vuln;

import io.shinrai.catalog.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads JVN iPedia advisories in the JSON of MyJVN API 4.0 (feed {@code oka}), in both of its forms: one entry as
 * {@code getVulnDetailInfo} gives it with {@code ft=jvncsaf} (a CSAF-like {@code document}, {@code product_tree},
 * {@code vulnerabilities} and {@code jvn_extension} at the top), and a STIX bundle whose {@code jvn-jp-sdo} object
 * lists entries under {@code VULDEF-Document}, as {@code ft=jvnstix} and the JVN iPedia data feeds give them. A bundle
 * is streamed one entry at a time.
 *
 * <p>Each entry becomes the advisory {@link JvnReader} makes of the same entry in VULDEF XML: the JVNDB id
 * ({@code tracking.id}), the titles of the {@code advisory} references (CVE and JVN ids) as aliases, the CVSS vectors,
 * and each product of the product tree with a CPE, within the versions {@code jvn_extension.affected} gives for it
 * under the same vendor and product name. A version entry is read from its {@code version}, {@code lessThan} and
 * {@code lessThanOrEqual} (MyJVN writes an open start as {@code 0.0.0}), else from its {@code description}, which
 * is VULDEF's {@code VersionNumber} text, by {@link JvnVersions}. {@code cpeApplicability} repeats those versions,
 * partly under JVN's own product ids, which no component carries; it is not read.
 */
public final class JvnJsonReader extends AdvisoryDocumentReader {

    /** Larger than the yearly JVN iPedia downloads. */
    public static final long MAX_FILE_BYTES = JvnReader.MAX_FILE_BYTES;

    private static final String OPEN_START = "0.0.0";
    private static final List<String> ENTRY_FIELDS = List.of("document", "product_tree", "vulnerabilities",
            "jvn_extension");
    /** The CVSS versions MyJVN gives, newest first, with the severity type each becomes. */
    private static final String[][] CVSS = {{"cvss_v4", "CVSS_V4"}, {"cvss_v3", "CVSS_V3"}, {"cvss_v2", "CVSS_V2"}};

    public JvnJsonReader() {
        super(MAX_FILE_BYTES, false);
    }

    @Override
    void readDocument(String where, InputStream content, Consumer<Advisory> sink, List<LocalizedText> problems) {
        try (JsonParser parser = AdvisoryJson.streaming(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(AdvisoryRefusal.NOT_AN_ADVISORY.at(where));
                return;
            }
            ObjectNode single = AdvisoryJson.MAPPER.createObjectNode();
            int[] entries = {0};
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("objects") && value == JsonToken.START_ARRAY) {
                    bundleObjects(parser, where, entries, sink, problems);
                } else if (ENTRY_FIELDS.contains(name)) {
                    single.set(name, (JsonNode) parser.readValueAsTree());
                } else {
                    parser.skipChildren();
                }
            }
            if (single.has("document")) {
                entries[0]++;
                advisory(single, where, problems).ifPresent(sink);
            }
            if (entries[0] == 0) {
                problems.add(AdvisoryRefusal.NOT_AN_ADVISORY.at(where));
            }
        } catch (StreamConstraintsException deep) {
            problems.add(AdvisoryRefusal.TOO_DEEP.at(where));
        } catch (JacksonException malformed) {
            // the stream's own failures (a limit passed, a damaged archive) go on up
            if (malformed.getCause() instanceof IOException) {
                throw malformed;
            }
            problems.add(AdvisoryRefusal.NOT_JSON.at(where));
        }
    }

    /** The bundle's objects, the parser on the array's start; entries are read from any object's VULDEF-Document. */
    private static void bundleObjects(JsonParser parser, String where, int[] entries, Consumer<Advisory> sink,
            List<LocalizedText> problems) {
        for (JsonToken object = parser.nextToken(); object != null && object != JsonToken.END_ARRAY;
                object = parser.nextToken()) {
            if (object != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY && name.equals("VULDEF-Document")) {
                    for (JsonToken entry = parser.nextToken(); entry != null && entry != JsonToken.END_ARRAY;
                            entry = parser.nextToken()) {
                        String at = where + " VULDEF-Document[" + entries[0]++ + "]";
                        if (entry == JsonToken.START_OBJECT) {
                            advisory(parser.readValueAsTree(), at, problems).ifPresent(sink);
                        } else {
                            parser.skipChildren();
                            problems.add(AdvisoryRefusal.NOT_AN_ADVISORY.at(at));
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    static Optional<Advisory> advisory(JsonNode node, String where, List<LocalizedText> problems) {
        JvnEntry entry = new JvnEntry();
        JsonNode document = node.path("document");
        JsonNode tracking = document.path("tracking");
        entry.id = AdvisoryJson.text(tracking.path("id"));
        entry.title = AdvisoryJson.text(document.path("title"));
        entry.modified = JvnEntry.instant(AdvisoryJson.text(tracking.path("current_release_date")));
        entry.published = JvnEntry.instant(AdvisoryJson.text(tracking.path("initial_release_date")));
        for (JsonNode reference : document.path("references").values()) {
            String summary = AdvisoryJson.text(reference.path("summary"));
            if ("advisory".equals(AdvisoryJson.text(reference.path("type"))) && summary != null) {
                entry.aliases.add(summary);
            }
            Optional.ofNullable(AdvisoryJson.text(reference.path("url"))).ifPresent(entry.references::add);
        }
        for (JsonNode vulnerability : node.path("vulnerabilities").values()) {
            for (JsonNode cwe : vulnerability.path("cwes").values()) {
                Optional.ofNullable(AdvisoryJson.text(cwe.path("url"))).ifPresent(entry.references::add);
            }
            for (JsonNode metric : vulnerability.path("metrics").values()) {
                for (String[] cvss : CVSS) {
                    String vector = AdvisoryJson.text(metric.path("content").path(cvss[0]).path("vectorString"));
                    if (vector != null && !vector.isBlank()) {
                        entry.severities.add(new Advisory.Severity(cvss[1], vector));
                    }
                }
            }
        }
        affected(node, entry, where, problems);
        return entry.advisory(where, problems);
    }

    /** A product of the product tree: the names of the vendor and product branches it stands under, and its CPE. */
    private record Product(String vendor, String name, String cpe, boolean versioned) {
    }

    private static void affected(JsonNode node, JvnEntry entry, String where, List<LocalizedText> problems) {
        Map<List<String>, List<JsonNode>> versions = new HashMap<>();
        for (JsonNode affected : node.path("jvn_extension").path("affected").values()) {
            List<String> key = List.of(String.valueOf(AdvisoryJson.text(affected.path("vendor"))),
                    String.valueOf(AdvisoryJson.text(affected.path("product"))));
            affected.path("versions").values().forEach(versions.computeIfAbsent(key, k -> new ArrayList<>())::add);
        }
        List<Product> products = new ArrayList<>();
        products(node.path("product_tree").path("branches"), null, null, products);
        for (Product product : products) {
            Optional<Cpe> cpe = JvnEntry.cpe(product.cpe(), where, problems);
            if (cpe.isEmpty()) {
                continue;
            }
            List<JsonNode> given = product.versioned() ? List.of()
                    : versions.getOrDefault(List.of(String.valueOf(product.vendor()), String.valueOf(product.name())),
                    List.of());
            if (given.isEmpty()) {
                entry.affected(cpe.get());
            }
            for (JsonNode version : given) {
                if ("affected".equals(AdvisoryJson.text(version.path("status")))) {
                    String description = Optional.ofNullable(AdvisoryJson.text(version.path("description")))
                            .orElse("");
                    Optional<VersRange.Interval> interval = interval(version);
                    entry.affected(cpe.get(), interval.isPresent() ? interval : JvnVersions.interval(description),
                            description, where, problems);
                }
            }
        }
    }

    private static void products(JsonNode branches, String vendor, String name, List<Product> products) {
        for (JsonNode branch : branches.values()) {
            String category = AdvisoryJson.text(branch.path("category"));
            String branchVendor = "vendor".equals(category) ? AdvisoryJson.text(branch.path("name")) : vendor;
            String branchName = "product_name".equals(category) ? AdvisoryJson.text(branch.path("name")) : name;
            String cpe = AdvisoryJson.text(branch.path("product").path("product_identification_helper").path("cpe"));
            if (cpe != null) {
                products.add(new Product(branchVendor, branchName, cpe, "product_version".equals(category)));
            }
            products(branch.path("branches"), branchVendor, branchName, products);
        }
    }

    /** The interval a version entry gives in its own fields, when they hold versions and not words. */
    private static Optional<VersRange.Interval> interval(JsonNode version) {
        String start = AdvisoryJson.text(version.path("version"));
        String before = AdvisoryJson.text(version.path("lessThan"));
        String upTo = AdvisoryJson.text(version.path("lessThanOrEqual"));
        boolean bounded = JvnVersions.isPlainVersion(before) || JvnVersions.isPlainVersion(upTo);
        if (!bounded) {
            return JvnVersions.isPlainVersion(start) && !start.equals(OPEN_START)
                    ? Optional.of(new VersRange.Interval(bound(start, true), bound(start, true)))
                    : Optional.empty();
        }
        Optional<CpeApplicability.Bound> from = JvnVersions.isPlainVersion(start) && !start.equals(OPEN_START)
                ? bound(start, true) : Optional.empty();
        return Optional.of(new VersRange.Interval(from, JvnVersions.isPlainVersion(upTo) ? bound(upTo, true)
                : bound(before, false)));
    }

    private static Optional<CpeApplicability.Bound> bound(String version, boolean inclusive) {
        return Optional.of(new CpeApplicability.Bound(version, inclusive));
    }
}
