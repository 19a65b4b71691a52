package io.shinrai.server.securityadvisory;

import io.shinrai.server.product.VersionNews;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A revision of an advisory was published; the hospitals that run a version it says is affected hear of it. */
public record SecurityAdvisoryPublished(UUID advisoryId, String publisher, String trackingId, String title,
                                        int revision, Set<UUID> versionIds) implements VersionNews {

    public SecurityAdvisoryPublished {
        versionIds = Set.copyOf(versionIds);
    }

    @Override
    public String event() {
        return "advisory.published";
    }

    @Override
    public Map<String, Object> facts() {
        return Map.of("advisory", trackingId, "title", title, "revision", revision, "publisher", publisher);
    }

    @Override
    public List<Object> mailFacts() {
        return List.of(publisher, trackingId, title);
    }
}
