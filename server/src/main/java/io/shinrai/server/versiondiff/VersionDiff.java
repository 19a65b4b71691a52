package io.shinrai.server.versiondiff;

import java.util.List;

/**
 * What changed from one version's SBOM to another's: components added, removed and changed (the same package at
 * another version), each listed up to a limit and counted in full, and the advisories gained and lost.
 */
public record VersionDiff(Listed<String> added, Listed<String> removed, Listed<Change> changed,
                          List<Advisory> gained, List<Advisory> lost) {

    /** The first items of a list, and how many there are in all. */
    public record Listed<T>(List<T> first, int total) {
        public Listed {
            first = List.copyOf(first);
        }
    }

    /** A component found at another version: {@code name} without version, the version before and after. */
    public record Change(String name, String from, String to) {
    }

    public record Advisory(String id, String aliases, String summary) {
    }

    public boolean none() {
        return added.total() == 0 && removed.total() == 0 && changed.total() == 0 && gained.isEmpty()
                && lost.isEmpty();
    }
}
