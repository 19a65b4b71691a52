package io.shinrai.cli;

import io.shinrai.vuln.Advisory;
import io.shinrai.vuln.AssessedFinding;
import io.shinrai.vuln.CvssRating;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Findings as a SARIF 2.1.0 log, as code-scanning tools take them: one rule per advisory, one result per finding
 * located at the SBOM file and named by the component's package URL; a finding VEX says is not affected carries an
 * external suppression with the vendor's justification.
 */
final class Sarif {

    private final ObjectNode log;
    private final ArrayNode results;
    private final Map<String, ObjectNode> rules = new LinkedHashMap<>();
    private final ArrayNode ruleList;

    Sarif(JsonMapper mapper) {
        log = mapper.createObjectNode().put("version", "2.1.0")
                .put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver").put("name", "Shinrai");
        ruleList = driver.putArray("rules");
        results = run.putArray("results");
    }

    void add(Path sbom, List<AssessedFinding> findings) {
        for (AssessedFinding assessed : findings) {
            Advisory advisory = assessed.finding().advisory();
            rules.computeIfAbsent(advisory.id(), id -> rule(advisory));
            ObjectNode result = results.addObject().put("ruleId", advisory.id())
                    .put("level", level(advisory));
            result.putObject("message").put("text", assessed.finding().component() + " is affected by "
                    + advisory.id() + ": " + advisory.summary().lines().findFirst().orElse("")
                    + " (" + assessed.finding().match() + ")");
            ObjectNode location = result.putArray("locations").addObject();
            location.putObject("physicalLocation").putObject("artifactLocation")
                    .put("uri", sbom.toUri().toString());
            location.putArray("logicalLocations").addObject()
                    .put("fullyQualifiedName", assessed.finding().component().purl().canonicalize())
                    .put("kind", "package");
            assessed.statement().ifPresent(statement -> {
                ObjectNode suppression = result.putArray("suppressions").addObject().put("kind", "external")
                        .put("status", statement.state().suppresses() ? "accepted" : "rejected");
                suppression.put("justification", statement.state().cycloneDx()
                        + statement.justification().map(j -> " (" + j.cycloneDx() + ")").orElse("")
                        + (statement.detail().isEmpty() ? "" : ": " + statement.detail()));
            });
        }
    }

    private ObjectNode rule(Advisory advisory) {
        ObjectNode rule = ruleList.addObject().put("id", advisory.id());
        rule.putObject("shortDescription").put("text", advisory.summary().isBlank() ? advisory.id()
                : advisory.summary().lines().findFirst().orElse(advisory.id()));
        if (!advisory.references().isEmpty()) {
            rule.put("helpUri", advisory.references().get(0));
        }
        advisory.highestScore().ifPresent(score -> rule.putObject("properties")
                .put("security-severity", String.valueOf(score)));
        return rule;
    }

    /** error from a high score up, warning below it and when no score is known, note for none. */
    private static String level(Advisory advisory) {
        return advisory.highestScore().stream().mapToObj(score -> switch (CvssRating.Severity.of(score)) {
            case CRITICAL, HIGH -> "error";
            case NONE -> "note";
            default -> "warning";
        }).findFirst().orElse("warning");
    }

    ObjectNode log() {
        return log;
    }
}
