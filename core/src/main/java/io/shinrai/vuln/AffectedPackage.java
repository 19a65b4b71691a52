package io.shinrai.vuln;

import java.util.List;

/**
 * A package an advisory affects: its key (from the advisory's package URL, or from ecosystem and name), the
 * versions affected as ranges, and the versions it lists one by one.
 */
public record AffectedPackage(String ecosystem, PackageKey key, List<AffectedRange> ranges, List<String> versions) {

    public AffectedPackage {
        ranges = List.copyOf(ranges);
        versions = List.copyOf(versions);
    }
}
