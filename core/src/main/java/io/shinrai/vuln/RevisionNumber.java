package io.shinrai.vuln;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSAF version or revision number: integer versioning ({@code 3}) or semantic versioning ({@code 1.2.0-rc.1});
 * compared by major, minor and patch, a pre-release before its release; build metadata is ignored.
 */
record RevisionNumber(boolean semantic, long major, long minor, long patch, String preRelease)
        implements Comparable<RevisionNumber> {

    private static final Pattern INTEGER = Pattern.compile("0|[1-9][0-9]{0,17}");
    private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d{0,17})\\.(0|[1-9]\\d{0,17})\\.(0|[1-9]\\d{0,17})"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

    static Optional<RevisionNumber> parse(String text) {
        if (INTEGER.matcher(text).matches()) {
            return Optional.of(new RevisionNumber(false, Long.parseLong(text), 0, 0, ""));
        }
        Matcher semver = SEMVER.matcher(text);
        if (semver.matches()) {
            return Optional.of(new RevisionNumber(true, Long.parseLong(semver.group(1)),
                    Long.parseLong(semver.group(2)), Long.parseLong(semver.group(3)),
                    semver.group(4) == null ? "" : semver.group(4)));
        }
        return Optional.empty();
    }

    /** 0, or 0.y.z, or any pre-release: a version a document may only have as a draft. */
    boolean isPreRelease() {
        return major == 0 || !preRelease.isEmpty();
    }

    /** The number without its pre-release part. */
    RevisionNumber release() {
        return new RevisionNumber(semantic, major, minor, patch, "");
    }

    @Override
    public int compareTo(RevisionNumber other) {
        int c = Long.compare(major, other.major);
        c = c != 0 ? c : Long.compare(minor, other.minor);
        c = c != 0 ? c : Long.compare(patch, other.patch);
        if (c != 0 || preRelease.equals(other.preRelease)) {
            return c;
        }
        if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
            return preRelease.isEmpty() ? 1 : -1;
        }
        return preRelease.compareTo(other.preRelease);
    }
}
