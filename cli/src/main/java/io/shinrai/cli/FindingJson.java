package io.shinrai.cli;

import io.shinrai.vuln.AssessedFinding;
import io.shinrai.vuln.CvssRating;
import io.shinrai.vuln.Finding;
import io.shinrai.vuln.Match;
import io.shinrai.vuln.RangeEvent;
import io.shinrai.vuln.VexStatement;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A finding as the commands print it in JSON: the component, the advisory, what matched, and what VEX says. */
final class FindingJson {

    private FindingJson() {
    }

    static ObjectNode describe(ObjectNode node, Finding finding) {
        node.put("purl", finding.component().purl().canonicalize());
        node.put("version", finding.component().version());
        finding.component().cpe().ifPresent(cpe -> node.put("cpe", cpe));
        node.put("advisory", finding.advisory().id());
        ArrayNode aliases = node.putArray("aliases");
        finding.advisory().aliases().forEach(aliases::add);
        node.put("modified", finding.advisory().modified().toString());
        node.put("summary", finding.advisory().summary());
        ArrayNode severities = node.putArray("severity");
        finding.advisory().severities().forEach(severity -> severities.addObject()
                .put("type", severity.type()).put("score", severity.score()));
        finding.advisory().highestScore().ifPresent(score -> node.put("baseScore", score)
                .put("baseSeverity", CvssRating.Severity.of(score).name()));
        match(node.putObject("matched"), finding.match());
        return node;
    }

    static ObjectNode describe(ObjectNode node, AssessedFinding assessed) {
        describe(node, assessed.finding()).put("suppressed", assessed.suppressed());
        assessed.statement().ifPresent(statement -> vex(node.putObject("vex"), statement));
        return node;
    }

    private static void vex(ObjectNode node, VexStatement statement) {
        node.put("state", statement.state().cycloneDx()).put("subject", statement.subject().toString());
        statement.justification().ifPresent(justification -> node.put("justification", justification.cycloneDx()));
        ArrayNode responses = node.putArray("response");
        statement.responses().forEach(response -> responses.add(response.cycloneDx()));
        if (!statement.detail().isEmpty()) {
            node.put("detail", statement.detail());
        }
    }

    private static void match(ObjectNode node, Match match) {
        node.put("text", match.toString());
        if (match instanceof Match.InRange range) {
            node.put("kind", "range").put("package", range.affected().key().toString())
                    .put("ecosystem", range.affected().ecosystem()).put("type", range.range().type().name())
                    .put("introduced", range.introduced().version());
            range.upTo().ifPresent(end -> node.put(eventName(end), end.version()));
        } else if (match instanceof Match.ListedVersion listed) {
            node.put("kind", "version").put("package", listed.affected().key().toString())
                    .put("ecosystem", listed.affected().ecosystem()).put("version", listed.version());
        } else if (match instanceof Match.CpeCriterion cpe) {
            node.put("kind", "cpe").put("criteria", cpe.criterion().cpe().toString());
            cpe.criterion().start().ifPresent(start -> node.put(start.inclusive() ? "versionStartIncluding"
                    : "versionStartExcluding", start.version()));
            cpe.criterion().end().ifPresent(end -> node.put(end.inclusive() ? "versionEndIncluding"
                    : "versionEndExcluding", end.version()));
        }
    }

    private static String eventName(RangeEvent event) {
        if (event instanceof RangeEvent.Fixed) {
            return "fixed";
        }
        return event instanceof RangeEvent.LastAffected ? "last_affected" : "limit";
    }
}
