package io.shinrai.bench;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import io.github.nscuro.versatile.VersionFactory;
import io.github.nscuro.versatile.spi.InvalidVersionException;
import io.shinrai.vuln.Advisory;
import io.shinrai.vuln.AdvisoryIndex;
import io.shinrai.vuln.AffectedPackage;
import io.shinrai.vuln.AffectedRange;
import io.shinrai.vuln.Ecosystem;
import io.shinrai.vuln.PackageKey;
import io.shinrai.vuln.RangeEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A package the real advisories name, with a version one of its advisories affects (the first it lists, else the
 * first introduced after 0) and the version the first fix brought, where the advisories give them in a form the
 * ecosystem's order ({@code scheme}) reads. Benchmarks build SBOMs from these so that a realistic share of
 * components meets an advisory, at an affected version or past it.
 */
record AdvisedPackage(PackageKey key, String scheme, Optional<String> affected, Optional<String> fixed) {

    /**
     * One package per key, from the advisories in id order; withdrawn advisories, ecosystems without an order and
     * packages without a readable version left out.
     */
    static List<AdvisedPackage> of(AdvisoryIndex index) {
        Map<PackageKey, AdvisedPackage> packages = new LinkedHashMap<>();
        List<Advisory> advisories = index.advisories().stream().filter(advisory -> !advisory.isWithdrawn())
                .sorted(Comparator.comparing(Advisory::id)).toList();
        for (Advisory advisory : advisories) {
            for (AffectedPackage affected : advisory.affected()) {
                Optional<String> scheme = Ecosystem.of(affected.ecosystem()).scheme();
                if (scheme.isEmpty()) {
                    continue;
                }
                List<RangeEvent> events = affected.ranges().stream()
                        .filter(range -> range.type() != AffectedRange.Type.GIT)
                        .flatMap(range -> range.events().stream()).toList();
                Optional<String> at = affected.versions().stream().findFirst().or(() -> events.stream()
                        .filter(e -> e instanceof RangeEvent.Introduced introduced && !introduced.fromTheStart())
                        .map(RangeEvent::version).findFirst()).filter(v -> readable(scheme.get(), v));
                Optional<String> fixed = events.stream().filter(RangeEvent.Fixed.class::isInstance)
                        .map(RangeEvent::version).findFirst().filter(v -> readable(scheme.get(), v));
                AdvisedPackage known = packages.get(affected.key());
                packages.put(affected.key(), known == null ? new AdvisedPackage(affected.key(), scheme.get(), at, fixed)
                        : new AdvisedPackage(known.key(), known.scheme(), known.affected().or(() -> at),
                        known.fixed().or(() -> fixed)));
            }
        }
        return packages.values().stream().filter(p -> p.affected().isPresent() || p.fixed().isPresent()).toList();
    }

    private static boolean readable(String scheme, String version) {
        try {
            VersionFactory.forScheme(scheme, version);
            return true;
        } catch (InvalidVersionException unreadable) {
            return false;
        }
    }

    /** The key of copy {@code copy} of this package in a scale-up: copy 0 is the real package, the others renamed. */
    PackageKey copy(int copy) {
        return renamed(key, copy);
    }

    static PackageKey renamed(PackageKey key, int copy) {
        return copy == 0 ? key : new PackageKey(key.type(), key.namespace(), key.name() + "-s" + copy);
    }

    /**
     * Components as an SBOM lists them, one in ten at a version an advisory affects, three in ten past a fix, and
     * six in ten past a fix but under copies {@code copies} to {@code 2 * copies - 1}, names no advisory gives.
     * Go versions get the "v" module versions carry.
     */
    static List<PackageURL> mix(List<AdvisedPackage> packages, int count, int copies, Random random) {
        List<AdvisedPackage> affected = packages.stream().filter(p -> p.affected().isPresent()).toList();
        List<AdvisedPackage> fixed = packages.stream().filter(p -> p.fixed().isPresent()).toList();
        List<PackageURL> components = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int share = i % 10;
            AdvisedPackage chosen = (share == 0 ? affected : fixed).get(random.nextInt(share == 0 ? affected.size()
                    : fixed.size()));
            int copy = random.nextInt(copies) + (share >= 4 ? copies : 0);
            components.add(chosen.purl(copy, (share == 0 ? chosen.affected() : chosen.fixed()).orElseThrow()));
        }
        return components;
    }

    private PackageURL purl(int copy, String version) {
        PackageKey named = copy(copy);
        try {
            return new PackageURL(named.type(), named.namespace().isEmpty() ? null : named.namespace(), named.name(),
                    named.type().equals("golang") && !version.startsWith("v") ? "v" + version : version, null, null);
        } catch (MalformedPackageURLException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
