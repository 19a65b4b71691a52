package io.shinrai.bench;

import com.github.packageurl.PackageURL;
import io.github.nscuro.versatile.VersionFactory;
import io.github.nscuro.versatile.spi.Version;
import io.github.nscuro.versatile.version.KnownVersioningSchemes;
import io.shinrai.vuln.Advisory;
import io.shinrai.vuln.AdvisoryIndex;
import io.shinrai.vuln.AdvisoryMatcher;
import io.shinrai.vuln.AffectedPackage;
import io.shinrai.vuln.ComponentCoordinates;
import io.shinrai.vuln.MatchReport;
import io.shinrai.vuln.PackageKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A 10,000-component SBOM matched against 104,280 advisories, with the floor of any matcher beside it.
 *
 * <p>The advisories are a synthetic scale-up of the real Go and PyPI archives of ../shared/data/osv (6,952
 * advisories): each real advisory is kept, and repeated 14 more times under a renamed id ({@code GO-2022-0001-S3})
 * whose affected packages are renamed the same way ({@code golang.org/x/net-s3}), with the real ranges, events and
 * listed versions unchanged. So every package has as many advisories, with ranges as varied, as a real one, and there
 * are 15 times as many packages.
 *
 * <p>The components are drawn from the packages the advisories name ({@link AdvisedPackage#mix}): one in ten at a
 * version an advisory affects, three in ten at a version a fix brought, six in ten at such a version of a renamed
 * package no advisory names, as most of a real SBOM is.
 *
 * <ul>
 *   <li>{@code matchAll}: {@link AdvisoryMatcher#match} from the package URLs, one matcher kept across runs (its
 *       advisories' versions parsed once); {@code matchFreshMatcher}: a new matcher each run, as the server makes one
 *       per SBOM.</li>
 *   <li>{@code floor}: what no matcher can go below, one {@link HashMap} lookup by package key and one comparison
 *       with one parsed bound (the package's first fix) per component, the keys and versions parsed in setup.</li>
 *   <li>{@code peerMatchSubset}: {@link AdvisoryMatching}'s naive peer, every versatile range scanned for each
 *       component; at this scale it takes 1.5 to 5 ms a component (15 to 45 s for the whole SBOM), so it runs on
 *       every 20th component (500).</li>
 * </ul>
 * Scores are per component. Needs ../shared/data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LargeScaleMatching {

    static final int COPIES = 15;
    static final int COMPONENTS = 10_000;
    static final int PEER_EVERY = 20;

    private AdvisoryIndex index;
    private AdvisoryMatcher matcher;
    private List<ComponentCoordinates> components;
    private final Map<PackageKey, Version> firstFix = new HashMap<>();
    private PackageKey[] keys;
    private Version[] versions;
    private List<ComponentCoordinates> peerComponents;
    private List<AdvisoryMatching.PeerRange> peerRanges;

    @Setup
    public void setUp() throws Exception {
        AdvisoryIndex real = AdvisoryMatching.load();
        index = new AdvisoryIndex();
        for (int copy = 0; copy < COPIES; copy++) {
            for (Advisory advisory : real.advisories()) {
                index.put(copy(advisory, copy));
            }
        }
        matcher = new AdvisoryMatcher(index);
        List<AdvisedPackage> packages = AdvisedPackage.of(real);
        components = new ArrayList<>(COMPONENTS);
        for (PackageURL purl : AdvisedPackage.mix(packages, COMPONENTS, COPIES, new Random(2026))) {
            components.add(ComponentCoordinates.of(purl));
        }
        for (AdvisedPackage advised : packages) {
            advised.fixed().ifPresent(fixed -> {
                Version bound = VersionFactory.forScheme(advised.scheme(), fixed);
                for (int copy = 0; copy < COPIES; copy++) {
                    firstFix.put(advised.copy(copy), bound);
                }
            });
        }
        keys = components.stream().map(ComponentCoordinates::key).toArray(PackageKey[]::new);
        versions = components.stream().map(c -> VersionFactory.forScheme(
                KnownVersioningSchemes.fromPurl(c.purl()).orElseThrow(), c.version())).toArray(Version[]::new);
        peerComponents = new ArrayList<>();
        for (int i = 0; i < COMPONENTS; i += PEER_EVERY) {
            peerComponents.add(components.get(i));
        }
        peerRanges = new ArrayList<>();
        List<AdvisoryMatching.PeerRange> realRanges = AdvisoryMatching.peerRanges(real);
        for (int copy = 0; copy < COPIES; copy++) {
            for (AdvisoryMatching.PeerRange range : realRanges) {
                peerRanges.add(new AdvisoryMatching.PeerRange(copyId(range.advisory(), copy),
                        AdvisedPackage.renamed(range.key(), copy), range.vers()));
            }
        }
        MatchReport report = matcher.match(components);
        long named = components.stream().filter(c -> !index.entries(c.key()).isEmpty()).count();
        long affected = report.findings().stream().map(f -> f.component()).distinct().count();
        System.err.printf("%d advisories (%d real x %d), %d components: %d name a package with advisories, %d have"
                        + " findings; findings %d, undecided %d, floor %d; peer on %d components: %d findings, ours"
                        + " %d; %d peer ranges%n", index.size(), real.size(), COPIES, components.size(), named,
                affected, report.findings().size(), report.unresolved().size(), floor(), peerComponents.size(),
                peerMatchSubset(), matcher.match(peerComponents).findings().size(), peerRanges.size());
    }

    private static Advisory copy(Advisory advisory, int copy) {
        List<AffectedPackage> affected = advisory.affected().stream().map(a -> new AffectedPackage(a.ecosystem(),
                AdvisedPackage.renamed(a.key(), copy), a.ranges(), a.versions())).toList();
        return new Advisory(copyId(advisory.id(), copy), advisory.aliases(), advisory.modified(),
                advisory.published(), advisory.withdrawn(), advisory.summary(), advisory.severities(), affected,
                advisory.applicability(), advisory.references());
    }

    private static String copyId(String id, int copy) {
        return copy == 0 ? id : id + "-S" + copy;
    }

    @Benchmark
    @OperationsPerInvocation(COMPONENTS)
    public int matchAll() {
        return matcher.match(components).findings().size();
    }

    @Benchmark
    @OperationsPerInvocation(COMPONENTS)
    public int matchFreshMatcher() {
        return new AdvisoryMatcher(index).match(components).findings().size();
    }

    @Benchmark
    @OperationsPerInvocation(COMPONENTS)
    public int floor() {
        int below = 0;
        for (int i = 0; i < keys.length; i++) {
            Version bound = firstFix.get(keys[i]);
            if (bound != null && versions[i].compareTo(bound) < 0) {
                below++;
            }
        }
        return below;
    }

    @Benchmark
    @OperationsPerInvocation(COMPONENTS / PEER_EVERY)
    public int peerMatchSubset() {
        return AdvisoryMatching.peerMatch(peerComponents, peerRanges, index);
    }
}
