package io.shinrai.vuln;

import io.github.nscuro.versatile.VersionFactory;
import io.github.nscuro.versatile.spi.InvalidVersionException;
import io.github.nscuro.versatile.spi.Version;
import io.github.nscuro.versatile.version.KnownVersioningSchemes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Matches components against the advisories of an {@link AdvisoryIndex} by package URL: only advisories filed under
 * the component's package key are looked at, and their ranges are evaluated in the order of the advisory's
 * ecosystem (versatile's Maven, npm, Go, Debian and RPM orders, PEP 440 for PyPI). GIT ranges name commits and are
 * never matched by version; a version an advisory lists is matched as it is. A component with a CPE of its own is
 * also matched against the advisories' vulnerable CPE criteria (NISTIR 7696). Withdrawn advisories match nothing.
 */
public final class AdvisoryMatcher {

    private final AdvisoryIndex index;
    /** Advisories' versions parsed, by scheme and text: the same event versions recur across components. */
    private final Map<String, Map<String, Version>> parsed = new ConcurrentHashMap<>();

    public AdvisoryMatcher(AdvisoryIndex index) {
        this.index = index;
    }

    public MatchReport match(List<ComponentCoordinates> components) {
        return match(components, id -> true);
    }

    /** Matches against only the advisories {@code advisoryIds} accepts, e.g. those an {@link IndexUpdate} changed. */
    public MatchReport match(List<ComponentCoordinates> components, Predicate<String> advisoryIds) {
        List<Finding> findings = new ArrayList<>();
        List<MatchReport.Unresolved> unresolved = new ArrayList<>();
        for (ComponentCoordinates component : components) {
            Set<String> found = new HashSet<>();
            Map<String, Version> own = new HashMap<>();
            Function<String, Version> version = scheme -> own.computeIfAbsent(scheme,
                    s -> VersionFactory.forScheme(s, component.version()));
            for (AdvisoryIndex.Entry entry : component.purl() == null ? List.<AdvisoryIndex.Entry>of()
                    : index.entries(component.key())) {
                Advisory advisory = entry.advisory();
                if (advisory.isWithdrawn() || !advisoryIds.test(advisory.id()) || found.contains(advisory.id())) {
                    continue;
                }
                try {
                    Optional<Match> match = match(component.version(), version, entry.affected());
                    if (match.isPresent()) {
                        found.add(advisory.id());
                        findings.add(new Finding(component, advisory, match.get()));
                    }
                } catch (InvalidVersionException unreadable) {
                    unresolved.add(new MatchReport.Unresolved(component, advisory.id(), unreadable.getMessage()));
                }
            }
            if (component.cpe().isPresent()) {
                matchCpe(component, advisoryIds, found, findings, unresolved);
            }
        }
        return new MatchReport(findings, unresolved);
    }

    private void matchCpe(ComponentCoordinates component, Predicate<String> advisoryIds, Set<String> found,
            List<Finding> findings, List<MatchReport.Unresolved> unresolved) {
        Cpe cpe;
        try {
            cpe = Cpe.parse(component.cpe().get());
        } catch (InvalidCpeException invalid) {
            unresolved.add(new MatchReport.Unresolved(component, "CPE", invalid.getMessage()));
            return;
        }
        for (AdvisoryIndex.CpeEntry entry : index.criteria(cpe)) {
            Advisory advisory = entry.advisory();
            if (advisory.isWithdrawn() || !advisoryIds.test(advisory.id()) || found.contains(advisory.id())
                    || !entry.criterion().cpe().includes(cpe)) {
                continue;
            }
            try {
                if (withinBounds(entry.criterion(), component, cpe)) {
                    found.add(advisory.id());
                    findings.add(new Finding(component, advisory, new Match.CpeCriterion(entry.criterion())));
                }
            } catch (InvalidVersionException unreadable) {
                unresolved.add(new MatchReport.Unresolved(component, advisory.id(), unreadable.getMessage()));
            }
        }
    }

    /**
     * NVD's version bounds, compared in the component's ecosystem order when its package URL has one, else in
     * versatile's generic order; the version is the CPE's own, or the component's when the CPE leaves it open.
     */
    private boolean withinBounds(CpeApplicability.Criterion criterion, ComponentCoordinates component, Cpe cpe) {
        if (criterion.start().isEmpty() && criterion.end().isEmpty()) {
            return true;
        }
        String text = cpe.version() instanceof CpeValue.Text version && !version.hasWildcards()
                ? version.literal() : component.version();
        String scheme = (component.purl() == null ? Optional.<String>empty()
                : KnownVersioningSchemes.fromPurl(component.purl())).orElse(KnownVersioningSchemes.SCHEME_GENERIC);
        Version version = VersionFactory.forScheme(scheme, text);
        boolean above = criterion.start().map(start -> {
            int c = version.compareTo(advisoryVersion(scheme, start.version()));
            return start.inclusive() ? c >= 0 : c > 0;
        }).orElse(true);
        boolean below = criterion.end().map(end -> {
            int c = version.compareTo(advisoryVersion(scheme, end.version()));
            return end.inclusive() ? c <= 0 : c < 0;
        }).orElse(true);
        return above && below;
    }

    /**
     * The first range of the affected package that holds the version, else the listed version equal to it. A version
     * the ecosystem's order cannot read may still be listed as it is; only when it is not does it stay undecided.
     */
    private Optional<Match> match(String text, Function<String, Version> version, AffectedPackage affected) {
        Ecosystem ecosystem = Ecosystem.of(affected.ecosystem());
        InvalidVersionException unreadable = null;
        for (AffectedRange range : affected.ranges()) {
            Optional<String> scheme = ecosystem.schemeFor(range.type());
            if (scheme.isEmpty()) {
                continue;
            }
            try {
                Optional<Match.InRange> inRange = RangeCheck.check(affected, range, version.apply(scheme.get()),
                        event -> advisoryVersion(scheme.get(), event));
                if (inRange.isPresent()) {
                    return Optional.of(inRange.get());
                }
            } catch (InvalidVersionException e) {
                unreadable = e;
            }
        }
        Optional<String> scheme = ecosystem.scheme();
        for (String listed : affected.versions()) {
            if (listed.equals(text) || scheme.isPresent() && sameVersion(scheme.get(), listed, version)) {
                return Optional.of(new Match.ListedVersion(affected, listed));
            }
        }
        if (unreadable != null) {
            throw unreadable;
        }
        return Optional.empty();
    }

    /** Equal in the ecosystem's order ("v1.2.0" and "1.2.0" are); a version it cannot read is not equal. */
    private boolean sameVersion(String scheme, String listed, Function<String, Version> version) {
        try {
            return advisoryVersion(scheme, listed).compareTo(version.apply(scheme)) == 0;
        } catch (InvalidVersionException unreadable) {
            return false;
        }
    }

    private Version advisoryVersion(String scheme, String text) {
        return parsed.computeIfAbsent(scheme, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(text, t -> VersionFactory.forScheme(scheme, t));
    }
}
