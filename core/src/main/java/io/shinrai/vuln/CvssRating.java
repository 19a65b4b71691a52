package io.shinrai.vuln;

import java.util.Locale;
import java.util.OptionalDouble;
import us.springett.cvss.Cvss;
import us.springett.cvss.CvssV3;
import us.springett.cvss.CvssV3_1;
import us.springett.cvss.CvssV4;

/**
 * A CVSS base score worked out from its vector string by the published formulas (CVSS 4.0, 3.1 and 3.0), never taken
 * on trust from whoever wrote the vector.
 */
public record CvssRating(Version version, String vector, double baseScore) {

    private static final int LONGEST_VECTOR = 300;

    public enum Version {
        V4_0("CVSS:4.0/", CvssV4.class), V3_1("CVSS:3.1/", CvssV3_1.class), V3_0("CVSS:3.0/", CvssV3.class);

        private final String prefix;
        private final Class<? extends Cvss> model;

        Version(String prefix, Class<? extends Cvss> model) {
            this.prefix = prefix;
            this.model = model;
        }

        public String label() {
            return prefix.substring("CVSS:".length(), prefix.length() - 1);
        }
    }

    /** The qualitative rating both versions give a base score (CVSS 3.1 section 5, CVSS 4.0 section 6). */
    public enum Severity {
        NONE, LOW, MEDIUM, HIGH, CRITICAL;

        public static Severity of(double score) {
            if (score == 0) {
                return NONE;
            }
            return score < 4 ? LOW : score < 7 ? MEDIUM : score < 9 ? HIGH : CRITICAL;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Reads a vector of the given version and computes its base score.
     *
     * @throws InvalidCvssException when the text is not a complete vector of that version
     */
    public static CvssRating of(Version version, String vector) throws InvalidCvssException {
        String text = vector.strip();
        if (text.length() > LONGEST_VECTOR || !text.startsWith(version.prefix)) {
            throw new InvalidCvssException(version, text);
        }
        Cvss parsed;
        try {
            parsed = Cvss.fromVector(text);
        } catch (RuntimeException malformed) {
            throw new InvalidCvssException(version, text);
        }
        if (!version.model.isInstance(parsed)) {
            throw new InvalidCvssException(version, text);
        }
        return new CvssRating(version, parsed.getVector(), parsed.calculateScore().getBaseScore());
    }

    /**
     * A vector that was read once and kept, read again: null for none. The score is worked out again rather than
     * trusted from storage; a vector that no longer reads means the store was changed by hand.
     */
    public static CvssRating ofStored(Version version, String vector) {
        if (vector == null) {
            return null;
        }
        try {
            return of(version, vector);
        } catch (InvalidCvssException edited) {
            throw new IllegalStateException("a stored CVSS vector no longer reads: " + vector, edited);
        }
    }

    /** The base score of a vector of any version above, told by its prefix; empty for anything else. */
    public static OptionalDouble baseScore(String vector) {
        for (Version version : Version.values()) {
            if (vector.startsWith(version.prefix)) {
                try {
                    return OptionalDouble.of(of(version, vector).baseScore());
                } catch (InvalidCvssException incomplete) {
                    return OptionalDouble.empty();
                }
            }
        }
        return OptionalDouble.empty();
    }

    public Severity severity() {
        return Severity.of(baseScore);
    }
}
