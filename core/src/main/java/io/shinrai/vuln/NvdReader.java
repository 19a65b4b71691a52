package io.shinrai.vuln;

import io.shinrai.catalog.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;

/**
 * Reads NVD CVE JSON 2.0 files as the data feeds and the CVE API give them ({@code vulnerabilities[].cve}): one file,
 * a folder of them, or a zip archive. A feed file is streamed one CVE at a time, so a yearly feed of hundreds of
 * megabytes costs the memory of its largest CVE. The CVE's configurations become its CPE applicability; a rejected
 * CVE is read as withdrawn. A CVE or CPE criterion that cannot be read is reported and the rest go on.
 */
public final class NvdReader extends AdvisoryDocumentReader {

    /** Larger than the yearly feeds, which are some hundred megabytes unpacked. */
    public static final long MAX_FILE_BYTES = 1L << 30;

    public NvdReader() {
        super(MAX_FILE_BYTES, false);
    }

    @Override
    void readDocument(String where, InputStream content, Consumer<Advisory> sink, List<LocalizedText> problems) {
        try (JsonParser parser = AdvisoryJson.streaming(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(AdvisoryRefusal.NOT_AN_ADVISORY.at(where));
                return;
            }
            boolean found = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("vulnerabilities".equals(name) && value == JsonToken.START_ARRAY) {
                    found = true;
                    for (int i = 0; parser.nextToken() == JsonToken.START_OBJECT; i++) {
                        JsonNode item = parser.readValueAsTree();
                        String at = where + " vulnerabilities[" + i + "]";
                        try {
                            sink.accept(cve(item.path("cve"), at, problems));
                        } catch (UnreadableAdvisoryException skipped) {
                            problems.add(skipped.reason());
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (!found) {
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

    static Advisory cve(JsonNode cve, String where, List<LocalizedText> problems) throws UnreadableAdvisoryException {
        String id = AdvisoryJson.text(cve.path("id"));
        Optional<Instant> modified = AdvisoryJson.instant(cve.path("lastModified"), where);
        if (id == null || id.isBlank() || modified.isEmpty()) {
            throw new UnreadableAdvisoryException(AdvisoryRefusal.NOT_AN_ADVISORY, where, null);
        }
        String summary = "";
        for (JsonNode description : cve.path("descriptions").values()) {
            if ("en".equals(AdvisoryJson.text(description.path("lang")))) {
                summary = Optional.ofNullable(AdvisoryJson.text(description.path("value"))).orElse("");
            }
        }
        boolean rejected = "Rejected".equals(AdvisoryJson.text(cve.path("vulnStatus")));
        List<CpeApplicability> applicability = new ArrayList<>();
        for (JsonNode configuration : cve.path("configurations").values()) {
            applicability.add(configuration(configuration, where + " " + id, problems));
        }
        List<String> references = new ArrayList<>();
        for (JsonNode reference : cve.path("references").values()) {
            Optional.ofNullable(AdvisoryJson.text(reference.path("url"))).ifPresent(references::add);
        }
        return new Advisory(id, List.of(), modified.get(), AdvisoryJson.instant(cve.path("published"), where),
                rejected ? modified : Optional.empty(), summary, severities(cve.path("metrics")), List.of(),
                applicability, references);
    }

    /** The CVSS vectors as NVD and the CNAs give them, newest CVSS version first, each vector once. */
    private static List<Advisory.Severity> severities(JsonNode metrics) {
        Set<Advisory.Severity> severities = new LinkedHashSet<>();
        String[][] kinds = {{"cvssMetricV40", "CVSS_V4"}, {"cvssMetricV31", "CVSS_V3"}, {"cvssMetricV30", "CVSS_V3"},
                {"cvssMetricV2", "CVSS_V2"}};
        for (String[] kind : kinds) {
            for (JsonNode metric : metrics.path(kind[0]).values()) {
                String vector = AdvisoryJson.text(metric.path("cvssData").path("vectorString"));
                if (vector != null) {
                    severities.add(new Advisory.Severity(kind[1], vector));
                }
            }
        }
        return List.copyOf(severities);
    }

    private static CpeApplicability configuration(JsonNode configuration, String where,
            List<LocalizedText> problems) {
        List<CpeApplicability.Node> nodes = new ArrayList<>();
        for (JsonNode node : configuration.path("nodes").values()) {
            List<CpeApplicability.Criterion> criteria = new ArrayList<>();
            for (JsonNode match : node.path("cpeMatch").values()) {
                String criterion = Optional.ofNullable(AdvisoryJson.text(match.path("criteria"))).orElse("");
                try {
                    criteria.add(new CpeApplicability.Criterion(match.path("vulnerable").asBoolean(false),
                            Cpe.parse(criterion),
                            bound(match, "versionStartIncluding", "versionStartExcluding"),
                            bound(match, "versionEndIncluding", "versionEndExcluding")));
                } catch (InvalidCpeException invalid) {
                    problems.add(new LocalizedText(where + ": CPE を読めません: " + invalid.getMessage(),
                            where + ": " + invalid.getMessage()));
                }
            }
            nodes.add(new CpeApplicability.Node(operator(node), node.path("negate").asBoolean(false), criteria));
        }
        return new CpeApplicability(operator(configuration), nodes);
    }

    private static CpeApplicability.Operator operator(JsonNode node) {
        return "AND".equals(AdvisoryJson.text(node.path("operator"))) ? CpeApplicability.Operator.AND
                : CpeApplicability.Operator.OR;
    }

    private static Optional<CpeApplicability.Bound> bound(JsonNode match, String including, String excluding) {
        String inclusive = AdvisoryJson.text(match.path(including));
        if (inclusive != null) {
            return Optional.of(new CpeApplicability.Bound(inclusive, true));
        }
        return Optional.ofNullable(AdvisoryJson.text(match.path(excluding)))
                .map(version -> new CpeApplicability.Bound(version, false));
    }
}
