package io.shinrai.vuln;

import java.util.List;

/**
 * The findings of matching, and the comparisons that could not be made (a version the ecosystem's order cannot
 * read), so that an unreadable version never passes silently as "not affected".
 */
public record MatchReport(List<Finding> findings, List<Unresolved> unresolved) {

    public MatchReport {
        findings = List.copyOf(findings);
        unresolved = List.copyOf(unresolved);
    }

    public record Unresolved(ComponentCoordinates component, String advisoryId, String reason) {
        @Override
        public String toString() {
            return component + ": " + advisoryId + " not decided: " + reason;
        }
    }
}
