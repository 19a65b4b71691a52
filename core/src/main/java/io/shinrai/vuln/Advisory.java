package io.shinrai.vuln;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One advisory as its source publishes it. {@code modified} orders revisions of the same id: a newer one replaces an
 * older one in the {@link AdvisoryIndex}. A withdrawn advisory is kept, so that it replaces what it withdraws, but
 * never matched.
 */
public record Advisory(
        String id,
        List<String> aliases,
        Instant modified,
        Optional<Instant> published,
        Optional<Instant> withdrawn,
        String summary,
        List<Severity> severities,
        List<AffectedPackage> affected,
        List<CpeApplicability> applicability,
        List<String> references) {

    public Advisory {
        if (id.isBlank()) {
            throw new IllegalArgumentException("an advisory has an id");
        }
        aliases = List.copyOf(aliases);
        severities = List.copyOf(severities);
        affected = List.copyOf(affected);
        applicability = List.copyOf(applicability);
        references = List.copyOf(references);
    }

    /** The highest CVSS 3.x or 4.0 base score among the severities given, computed from their vectors. */
    public OptionalDouble highestScore() {
        return severities.stream().map(severity -> CvssRating.baseScore(severity.score()))
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).max();
    }

    public boolean isWithdrawn() {
        return withdrawn.isPresent();
    }

    /** A severity as the source gives it, e.g. type CVSS_V3 and score {@code CVSS:3.1/AV:N/...}; never recomputed. */
    public record Severity(String type, String score) {
    }
}
