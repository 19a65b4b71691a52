package io.shinrai.server.advisory;

import io.shinrai.vuln.Advisory;
import io.shinrai.vuln.AffectedPackage;
import io.shinrai.vuln.AffectedRange;
import io.shinrai.vuln.Cpe;
import io.shinrai.vuln.CpeApplicability;
import io.shinrai.vuln.InvalidCpeException;
import io.shinrai.vuln.PackageKey;
import io.shinrai.vuln.RangeEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An advisory written as Shinrai's own JSON, whatever format it was read from, and read back to the same
 * {@link Advisory}; so that stored advisories are matched with the same core matcher as files are, and a reader of a
 * new format needs nothing here.
 */
final class AdvisoryBody {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AdvisoryBody() {
    }

    static String write(Advisory advisory) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", advisory.id());
        strings(root.putArray("aliases"), advisory.aliases());
        root.put("modified", advisory.modified().toString());
        advisory.published().ifPresent(at -> root.put("published", at.toString()));
        advisory.withdrawn().ifPresent(at -> root.put("withdrawn", at.toString()));
        root.put("summary", advisory.summary());
        ArrayNode severities = root.putArray("severities");
        advisory.severities().forEach(severity -> severities.addObject().put("type", severity.type())
                .put("score", severity.score()));
        ArrayNode affected = root.putArray("affected");
        for (AffectedPackage pkg : advisory.affected()) {
            ObjectNode node = affected.addObject().put("ecosystem", pkg.ecosystem())
                    .put("type", pkg.key().type()).put("namespace", pkg.key().namespace())
                    .put("name", pkg.key().name());
            ArrayNode ranges = node.putArray("ranges");
            for (AffectedRange range : pkg.ranges()) {
                ObjectNode rangeNode = ranges.addObject().put("type", range.type().name())
                        .put("repository", range.repository());
                ArrayNode events = rangeNode.putArray("events");
                range.events().forEach(event -> events.addObject().put(eventKind(event), event.version()));
            }
            strings(node.putArray("versions"), pkg.versions());
        }
        ArrayNode applicability = root.putArray("applicability");
        for (CpeApplicability configuration : advisory.applicability()) {
            ObjectNode configurationNode = applicability.addObject()
                    .put("operator", configuration.operator().name());
            ArrayNode nodes = configurationNode.putArray("nodes");
            for (CpeApplicability.Node node : configuration.nodes()) {
                ObjectNode nodeNode = nodes.addObject().put("operator", node.operator().name())
                        .put("negate", node.negate());
                ArrayNode criteria = nodeNode.putArray("criteria");
                for (CpeApplicability.Criterion criterion : node.criteria()) {
                    ObjectNode criterionNode = criteria.addObject().put("vulnerable", criterion.vulnerable())
                            .put("cpe", criterion.cpe().toString());
                    criterion.start().ifPresent(bound -> bound(criterionNode.putObject("start"), bound));
                    criterion.end().ifPresent(bound -> bound(criterionNode.putObject("end"), bound));
                }
            }
        }
        strings(root.putArray("references"), advisory.references());
        return JSON.writeValueAsString(root);
    }

    static Advisory read(String body) {
        JsonNode root = JSON.readTree(body);
        List<Advisory.Severity> severities = new ArrayList<>();
        root.path("severities").forEach(node -> severities.add(
                new Advisory.Severity(node.path("type").asString(), node.path("score").asString())));
        List<AffectedPackage> affected = new ArrayList<>();
        for (JsonNode node : root.path("affected")) {
            List<AffectedRange> ranges = new ArrayList<>();
            for (JsonNode range : node.path("ranges")) {
                List<RangeEvent> events = new ArrayList<>();
                range.path("events").forEach(event -> events.add(event(event)));
                ranges.add(new AffectedRange(AffectedRange.Type.valueOf(range.path("type").asString()),
                        text(range.path("repository")), events));
            }
            affected.add(new AffectedPackage(text(node.path("ecosystem")), new PackageKey(
                    node.path("type").asString(), node.path("namespace").asString(), node.path("name").asString()),
                    ranges, strings(node.path("versions"))));
        }
        List<CpeApplicability> applicability = new ArrayList<>();
        for (JsonNode configuration : root.path("applicability")) {
            List<CpeApplicability.Node> nodes = new ArrayList<>();
            for (JsonNode node : configuration.path("nodes")) {
                List<CpeApplicability.Criterion> criteria = new ArrayList<>();
                for (JsonNode criterion : node.path("criteria")) {
                    criteria.add(new CpeApplicability.Criterion(criterion.path("vulnerable").asBoolean(),
                            cpe(criterion.path("cpe").asString()), bound(criterion.path("start")),
                            bound(criterion.path("end"))));
                }
                nodes.add(new CpeApplicability.Node(CpeApplicability.Operator.valueOf(
                        node.path("operator").asString()), node.path("negate").asBoolean(), criteria));
            }
            applicability.add(new CpeApplicability(CpeApplicability.Operator.valueOf(
                    configuration.path("operator").asString()), nodes));
        }
        return new Advisory(root.path("id").asString(), strings(root.path("aliases")),
                Instant.parse(root.path("modified").asString()), instant(root.path("published")),
                instant(root.path("withdrawn")), root.path("summary").asString(""), severities, affected,
                applicability, strings(root.path("references")));
    }

    private static String eventKind(RangeEvent event) {
        if (event instanceof RangeEvent.Introduced) {
            return "introduced";
        } else if (event instanceof RangeEvent.Fixed) {
            return "fixed";
        } else if (event instanceof RangeEvent.LastAffected) {
            return "last_affected";
        }
        return "limit";
    }

    private static RangeEvent event(JsonNode event) {
        String kind = event.propertyNames().iterator().next();
        String version = event.path(kind).asString();
        return switch (kind) {
            case "introduced" -> new RangeEvent.Introduced(version);
            case "fixed" -> new RangeEvent.Fixed(version);
            case "last_affected" -> new RangeEvent.LastAffected(version);
            case "limit" -> new RangeEvent.Limit(version);
            default -> throw new IllegalStateException("a stored advisory has an event " + kind);
        };
    }

    private static void bound(ObjectNode node, CpeApplicability.Bound bound) {
        node.put("version", bound.version()).put("inclusive", bound.inclusive());
    }

    private static Optional<CpeApplicability.Bound> bound(JsonNode node) {
        return node.isObject() ? Optional.of(new CpeApplicability.Bound(node.path("version").asString(),
                node.path("inclusive").asBoolean())) : Optional.empty();
    }

    private static Cpe cpe(String formatted) {
        try {
            return Cpe.parse(formatted);
        } catch (InvalidCpeException stored) {
            throw new IllegalStateException("a stored CPE no longer parses: " + formatted, stored);
        }
    }

    private static Optional<Instant> instant(JsonNode node) {
        return node.isString() ? Optional.of(Instant.parse(node.asString())) : Optional.empty();
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
