package io.shinrai.vuln;

import java.util.List;

/**
 * An OSV range: its type, the repository for GIT ranges, and its events in the order the advisory gives them
 * (evaluation sorts them). GIT ranges name commits, which no version string can be compared with.
 */
public record AffectedRange(Type type, String repository, List<RangeEvent> events) {

    public enum Type { SEMVER, ECOSYSTEM, GIT }

    public AffectedRange {
        events = List.copyOf(events);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(type.name());
        events.forEach(event -> text.append(' ').append(event));
        return text.toString();
    }
}
