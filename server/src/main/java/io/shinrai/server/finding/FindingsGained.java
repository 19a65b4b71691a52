package io.shinrai.server.finding;

import java.util.Set;
import java.util.UUID;

/** Advisories that newly concern a product version, found by matching; published inside the matching. */
public record FindingsGained(UUID versionId, Set<String> advisoryIds) {

    public FindingsGained {
        advisoryIds = Set.copyOf(advisoryIds);
    }
}
