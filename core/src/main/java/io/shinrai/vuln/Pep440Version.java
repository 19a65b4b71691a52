package io.shinrai.vuln;

import io.github.nscuro.versatile.spi.InvalidVersionException;
import io.github.nscuro.versatile.spi.Version;
import io.github.nscuro.versatile.spi.VersionProvider;
import io.github.nscuro.versatile.version.KnownVersioningSchemes;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python package version ordered as PEP 440 orders it (epoch, release, pre-, post- and development releases,
 * local labels). versatile 0.13.1 compares PyPI versions as generic strings, where {@code 1.0rc1} would come after
 * {@code 1.0}; this class is registered as its PyPI version provider, so every PyPI range uses it.
 */
public final class Pep440Version extends Version {

    private static final Pattern SYNTAX = Pattern.compile(
            "v?(?:(\\d+)!)?(\\d+(?:\\.\\d+)*)"
                    + "(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\\d+)?)?"
                    + "(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?"
                    + "(?:[-_.]?(dev)[-_.]?(\\d+)?)?"
                    + "(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?");

    private final BigInteger epoch;
    private final List<BigInteger> release;
    /** 0 alpha, 1 beta, 2 release candidate; -1 none. */
    private final int preKind;
    private final BigInteger pre;
    private final BigInteger post;
    private final BigInteger dev;
    private final List<String> local;

    public Pep440Version(String version) {
        super(KnownVersioningSchemes.SCHEME_PYPI, version);
        Matcher m = SYNTAX.matcher(version.strip().toLowerCase(Locale.ROOT));
        if (version.length() > 256 || !m.matches()) {
            throw new InvalidVersionException(version, "not a PEP 440 version");
        }
        epoch = m.group(1) == null ? BigInteger.ZERO : new BigInteger(m.group(1));
        List<BigInteger> parts = new ArrayList<>();
        for (String part : m.group(2).split("\\.")) {
            parts.add(new BigInteger(part));
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        release = List.copyOf(parts);
        preKind = m.group(3) == null ? -1 : switch (m.group(3)) {
            case "a", "alpha" -> 0;
            case "b", "beta" -> 1;
            default -> 2;
        };
        pre = number(m.group(4), m.group(3) != null);
        post = m.group(5) != null ? new BigInteger(m.group(5)) : number(m.group(7), m.group(6) != null);
        dev = number(m.group(9), m.group(8) != null);
        local = m.group(10) == null ? List.of() : List.of(m.group(10).split("[-_.]"));
    }

    private static BigInteger number(String digits, boolean present) {
        return !present ? null : digits == null ? BigInteger.ZERO : new BigInteger(digits);
    }

    @Override
    public boolean isStable() {
        return preKind < 0 && dev == null;
    }

    @Override
    public int compareTo(Version other) {
        if (!(other instanceof Pep440Version that)) {
            throw new IllegalArgumentException("a PyPI version is compared with PyPI versions only");
        }
        int c = epoch.compareTo(that.epoch);
        for (int i = 0; c == 0 && i < Math.max(release.size(), that.release.size()); i++) {
            c = part(release, i).compareTo(part(that.release, i));
        }
        if (c == 0) {
            c = Integer.compare(preRank(), that.preRank());
        }
        if (c == 0 && preKind >= 0) {
            c = pre.compareTo(that.pre);
        }
        if (c == 0) {
            c = compareAbsentFirst(post, that.post);
        }
        if (c == 0) {
            c = compareAbsentLast(dev, that.dev);
        }
        return c != 0 ? c : compareLocal(local, that.local);
    }

    /** A development release of a final release comes before its pre-releases, and the final release after them. */
    private int preRank() {
        if (preKind < 0) {
            return post == null && dev != null ? -1 : 3;
        }
        return preKind;
    }

    private static BigInteger part(List<BigInteger> release, int i) {
        return i < release.size() ? release.get(i) : BigInteger.ZERO;
    }

    private static int compareAbsentFirst(BigInteger a, BigInteger b) {
        return a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
    }

    private static int compareAbsentLast(BigInteger a, BigInteger b) {
        return a == null ? (b == null ? 0 : 1) : b == null ? -1 : a.compareTo(b);
    }

    /** Local labels: absent first, then segment by segment, numbers after words, numbers numerically. */
    private static int compareLocal(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            boolean numberA = a.get(i).chars().allMatch(Character::isDigit);
            boolean numberB = b.get(i).chars().allMatch(Character::isDigit);
            int c = numberA && numberB ? new BigInteger(a.get(i)).compareTo(new BigInteger(b.get(i)))
                    : numberA != numberB ? (numberA ? 1 : -1) : a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pep440Version that && compareTo(that) == 0;
    }

    @Override
    public int hashCode() {
        return epoch.hashCode() * 31 + release.hashCode();
    }

    /** Registered in META-INF/services, above versatile's own generic PyPI order. */
    public static final class Provider implements VersionProvider {

        @Override
        public int priority() {
            return PRIORITY_HIGHEST;
        }

        @Override
        public boolean supportsScheme(String scheme) {
            return KnownVersioningSchemes.SCHEME_PYPI.equals(scheme);
        }

        @Override
        public Version getVersion(String scheme, String version) {
            return new Pep440Version(version);
        }
    }
}
