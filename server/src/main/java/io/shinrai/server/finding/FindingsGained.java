package io.shinrai.server.finding;

import io.shinrai.server.product.VersionNews;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Advisories that newly concern a product version, found by matching; published inside the matching. */
public record FindingsGained(UUID versionId, Set<String> advisoryIds) implements VersionNews {

    public FindingsGained {
        advisoryIds = Set.copyOf(advisoryIds);
    }

    @Override
    public Set<UUID> versionIds() {
        return Set.of(versionId);
    }

    @Override
    public String event() {
        return "findings.gained";
    }

    @Override
    public Map<String, Object> facts() {
        return Map.of("advisories", new TreeSet<>(advisoryIds));
    }

    @Override
    public List<Object> mailFacts() {
        return List.of(advisoryIds.size(), String.join("\n", new TreeSet<>(advisoryIds)));
    }
}
