package io.shinrai.vuln;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms in which JVN iPedia writes the affected versions of an item, read as an interval: a version alone,
 * {@code X およびそれ以前} or {@code X 以前} (up to X), {@code X より前} or {@code X 未満} (before X),
 * {@code X 以降} (from X), and {@code X から Y} (from X up to Y), each optionally after "Version" or "バージョン".
 * Any other text is not read: a guess would turn an affected version into an unaffected one or the reverse.
 */
final class JvnVersions {

    private static final String PLAIN = "[0-9][0-9A-Za-z.\\-_+]*";
    private static final Pattern PLAIN_VERSION = Pattern.compile(PLAIN);
    private static final String VERSION = "(?:Version|version|Ver\\.|ver\\.|バージョン)?\\s*(" + PLAIN + ")";
    private static final Pattern SINGLE = Pattern.compile(VERSION);
    private static final Pattern UP_TO = Pattern.compile(VERSION + "\\s*(?:およびそれ以前|以前)(?:のバージョン)?");
    private static final Pattern BEFORE = Pattern.compile(VERSION + "\\s*(?:より前|未満)(?:のバージョン)?");
    private static final Pattern FROM = Pattern.compile(VERSION + "\\s*(?:およびそれ以降|以降)(?:のバージョン)?");
    private static final Pattern BETWEEN = Pattern.compile(VERSION + "\\s*から\\s*" + VERSION + "\\s*(?:まで)?");

    private JvnVersions() {
    }

    static Optional<VersRange.Interval> interval(String text) {
        String version = text.strip();
        Matcher m;
        if ((m = SINGLE.matcher(version)).matches()) {
            return Optional.of(new VersRange.Interval(bound(m.group(1), true), bound(m.group(1), true)));
        }
        if ((m = UP_TO.matcher(version)).matches()) {
            return Optional.of(new VersRange.Interval(Optional.empty(), bound(m.group(1), true)));
        }
        if ((m = BEFORE.matcher(version)).matches()) {
            return Optional.of(new VersRange.Interval(Optional.empty(), bound(m.group(1), false)));
        }
        if ((m = FROM.matcher(version)).matches()) {
            return Optional.of(new VersRange.Interval(bound(m.group(1), true), Optional.empty()));
        }
        if ((m = BETWEEN.matcher(version)).matches()) {
            return Optional.of(new VersRange.Interval(bound(m.group(1), true), bound(m.group(2), true)));
        }
        return Optional.empty();
    }

    /** Whether the text is a version alone, as MyJVN's JSON gives bounds, and not words about versions. */
    static boolean isPlainVersion(String text) {
        return text != null && PLAIN_VERSION.matcher(text).matches();
    }

    private static Optional<CpeApplicability.Bound> bound(String version, boolean inclusive) {
        return Optional.of(new CpeApplicability.Bound(version, inclusive));
    }
}
