package io.shinrai.bench;

import com.github.packageurl.PackageURL;
import io.github.nscuro.versatile.Vers;
import io.github.nscuro.versatile.VersUtils;
import io.shinrai.vuln.Advisory;
import io.shinrai.vuln.AdvisoryIndex;
import io.shinrai.vuln.AdvisoryMatcher;
import io.shinrai.vuln.AffectedPackage;
import io.shinrai.vuln.AffectedRange;
import io.shinrai.vuln.ComponentCoordinates;
import io.shinrai.vuln.OsvReader;
import io.shinrai.vuln.PackageKey;
import io.shinrai.vuln.RangeEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Matching components against the Go and PyPI advisory archives of ../shared/data/osv (6,952 advisories): the 200
 * first Go modules of proton-bridge 1.8.0's SBOM and 200 PyPI packages named by the PyPI advisories, each at a
 * version the advisory lists. Ours looks each component up by package key and evaluates the OSV events; the peer
 * scans every advisory for the component's package and asks versatile's own OSV-to-vers conversion, built once in
 * setup, whether the version is contained. Scores are per component. Loading both archives is measured apart.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AdvisoryMatching {

    static final int COMPONENTS = 400;
    private static final Path DATA = Path.of("../shared/data");

    private AdvisoryIndex index;
    private AdvisoryMatcher matcher;
    private List<ComponentCoordinates> components;
    private List<PeerRange> peerRanges;

    /** One affected package's range as the peer keeps it: a flat list, scanned from the start for each component. */
    record PeerRange(String advisory, PackageKey key, Vers vers) {
    }

    @Setup
    public void setUp() throws Exception {
        index = load();
        matcher = new AdvisoryMatcher(index);
        components = new ArrayList<>(protonBridgeModules().subList(0, COMPONENTS / 2));
        components.addAll(pypiPackages(index, COMPONENTS / 2));
        peerRanges = peerRanges(index);
        System.err.printf("%d advisories, %d components, %d peer ranges; findings: ours %d, peer %d%n",
                index.size(), components.size(), peerRanges.size(), matchAll(), peerMatchAll());
    }

    static AdvisoryIndex load() throws Exception {
        AdvisoryIndex loaded = new AdvisoryIndex();
        for (String archive : List.of("osv/go-vulndb-osv.zip", "osv/pypi-advisory-osv.zip")) {
            Path file = DATA.resolve(archive);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(file + " is absent: this benchmark needs ../shared/data");
            }
            new OsvReader().read(file, loaded::put);
        }
        return loaded;
    }

    private static List<ComponentCoordinates> protonBridgeModules() throws Exception {
        JsonNode bom = JsonMapper.builder().build().readTree(
                DATA.resolve("sbom/cyclonedx/proton-bridge__proton-bridge-v1.8.0.bom.json").toFile());
        List<ComponentCoordinates> modules = new ArrayList<>();
        for (JsonNode component : bom.path("components").values()) {
            modules.add(ComponentCoordinates.of(new PackageURL(component.path("purl").asString())));
        }
        return modules;
    }

    /** Packages named by PyPI advisories, in id order, each at the first version its advisory lists. */
    private static List<ComponentCoordinates> pypiPackages(AdvisoryIndex index, int count) throws Exception {
        List<ComponentCoordinates> packages = new ArrayList<>();
        List<Advisory> advisories = index.advisories().stream().filter(a -> a.id().startsWith("PYSEC-"))
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
        for (Advisory advisory : advisories) {
            for (AffectedPackage affected : advisory.affected()) {
                if (packages.size() < count && !affected.versions().isEmpty()) {
                    packages.add(ComponentCoordinates.of(new PackageURL("pypi", null, affected.key().name(),
                            affected.versions().get(0), null, null)));
                }
            }
        }
        return packages;
    }

    /** Every OSV range of every advisory, as versatile converts it; ranges it cannot convert are left out. */
    static List<PeerRange> peerRanges(AdvisoryIndex index) {
        List<PeerRange> ranges = new ArrayList<>();
        for (Advisory advisory : index.advisories()) {
            for (AffectedPackage affected : advisory.affected()) {
                for (AffectedRange range : affected.ranges()) {
                    peerVers(affected, range).ifPresent(vers -> ranges.add(new PeerRange(advisory.id(),
                            affected.key(), vers)));
                }
            }
        }
        return ranges;
    }

    private static Optional<Vers> peerVers(AffectedPackage affected, AffectedRange range) {
        if (range.type() == AffectedRange.Type.GIT) {
            return Optional.empty();
        }
        List<Map.Entry<String, String>> events = new ArrayList<>();
        for (RangeEvent event : range.events()) {
            String name = event instanceof RangeEvent.Introduced ? "introduced"
                    : event instanceof RangeEvent.Fixed ? "fixed"
                    : event instanceof RangeEvent.LastAffected ? "last_affected" : "limit";
            events.add(new AbstractMap.SimpleEntry<>(name, event.version()));
        }
        try {
            return Optional.of(VersUtils.versFromOsvRange(range.type().name(), affected.ecosystem(),
                    events, Map.of()));
        } catch (RuntimeException unsupported) {
            return Optional.empty();
        }
    }

    @Benchmark
    @OperationsPerInvocation(COMPONENTS)
    public int matchAll() {
        return matcher.match(components).findings().size();
    }

    @Benchmark
    @OperationsPerInvocation(COMPONENTS)
    public int peerMatchAll() {
        return peerMatch(components, peerRanges, index);
    }

    /** The peer's findings: for each component, the whole list scanned for its package. */
    static int peerMatch(List<ComponentCoordinates> components, List<PeerRange> peerRanges, AdvisoryIndex index) {
        int findings = 0;
        for (ComponentCoordinates component : components) {
            PackageKey key = component.key();
            Set<String> found = new HashSet<>();
            for (PeerRange range : peerRanges) {
                if (range.key().equals(key) && !found.contains(range.advisory()) && !index.advisory(range.advisory())
                        .orElseThrow().isWithdrawn()) {
                    try {
                        if (range.vers().contains(component.version())) {
                            found.add(range.advisory());
                            findings++;
                        }
                    } catch (RuntimeException unreadable) {
                        // a version the scheme cannot read: not counted, as ours reports it apart
                    }
                }
            }
        }
        return findings;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public AdvisoryIndex loadArchives() throws Exception {
        return load();
    }
}
