package io.shinrai.server.finding;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import io.shinrai.crypto.Sha256;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.advisory.Advisories;
import io.shinrai.server.advisory.AdvisoriesChanged;
import io.shinrai.server.product.Products;
import io.shinrai.server.sbom.SbomImported;
import io.shinrai.server.sbom.Sboms;
import io.shinrai.server.sbom.StoredComponent;
import io.shinrai.server.security.CurrentActor;
import io.shinrai.server.web.NotFoundException;
import io.shinrai.vuln.AdvisoryIndex;
import io.shinrai.vuln.AdvisoryMatcher;
import io.shinrai.vuln.ComponentCoordinates;
import io.shinrai.vuln.Cpe;
import io.shinrai.vuln.Finding;
import io.shinrai.vuln.InvalidCpeException;
import io.shinrai.vuln.MatchReport;
import io.shinrai.vuln.VexJustification;
import io.shinrai.vuln.VexResponse;
import io.shinrai.vuln.VexState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The findings of each product version: its SBOM's components matched against the stored advisories by the core
 * matcher, each finding keeping what of the advisory matched. A new SBOM is matched whole; changed advisories are
 * matched again only against the versions that have a component they may name, and only those advisories'
 * findings are replaced. Components are walked a chunk at a time, so memory holds one chunk and the advisories of
 * the packages seen.
 */
@Service
public class Findings {

    static final int CHUNK = 1_000;

    private final FindingRepository repository;
    private final Sboms sboms;
    private final Advisories advisories;
    private final Products products;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Findings(FindingRepository repository, Sboms sboms, Advisories advisories, Products products,
             ActivityLog activity, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.repository = repository;
        this.sboms = sboms;
        this.advisories = advisories;
        this.products = products;
        this.activity = activity;
        this.clock = clock;
    }

    @EventListener
    void sbomImported(SbomImported imported) {
        Set<String> before = repository.advisoryIdsOf(imported.versionId());
        repository.deleteOfVersion(imported.versionId());
        AdvisoryIndex index = new AdvisoryIndex();
        Set<String> packagesLoaded = new HashSet<>();
        Set<String> productsLoaded = new HashSet<>();
        walk(imported.versionId(), imported.sbomId(), index, chunk -> {
            Set<String> packages = new HashSet<>();
            Set<String> cpeProducts = new HashSet<>();
            for (ComponentCoordinates component : chunk) {
                if (component.purl() != null && packagesLoaded.add(component.key().toString())) {
                    packages.add(component.key().toString());
                }
                component.cpe().flatMap(Findings::cpeProduct).filter(productsLoaded::add).ifPresent(cpeProducts::add);
            }
            if (!packages.isEmpty()) {
                advisories.withPackages(packages).forEach(index::put);
            }
            if (!cpeProducts.isEmpty()) {
                advisories.withCpeProducts(cpeProducts).forEach(index::put);
            }
        });
        announceGained(imported.versionId(), before);
    }

    @EventListener
    void advisoriesChanged(AdvisoriesChanged changed) {
        AdvisoryIndex index = new AdvisoryIndex();
        advisories.byIds(changed.ids()).forEach(index::put);
        for (FindingRepository.VersionSbom version : repository.versionsAffectedBy(changed.ids())) {
            Set<String> before = repository.advisoryIdsOf(version.versionId());
            repository.deleteOfVersion(version.versionId(), changed.ids());
            // the index holds every changed advisory already: nothing to load per chunk
            walk(version.versionId(), version.sbomId(), index, chunk -> {
            });
            announceGained(version.versionId(), before);
        }
    }

    private void announceGained(UUID versionId, Set<String> before) {
        Set<String> gained = repository.advisoryIdsOf(versionId);
        gained.removeAll(before);
        if (!gained.isEmpty()) {
            events.publishEvent(new FindingsGained(versionId, gained));
        }
    }

    /** Matches the SBOM's components a chunk at a time; {@code load} fills the index for each chunk first. */
    private void walk(UUID versionId, UUID sbomId, AdvisoryIndex index, Consumer<List<ComponentCoordinates>> load) {
        AdvisoryMatcher matcher = new AdvisoryMatcher(index);
        for (int offset = 0; ; offset += CHUNK) {
            List<StoredComponent> components = sboms.components(sbomId, offset, CHUNK);
            if (components.isEmpty()) {
                return;
            }
            Map<ComponentCoordinates, StoredComponent> stored = new IdentityHashMap<>();
            List<ComponentCoordinates> chunk = new ArrayList<>();
            for (StoredComponent component : components) {
                coordinates(component).ifPresent(coordinates -> {
                    stored.put(coordinates, component);
                    chunk.add(coordinates);
                });
            }
            load.accept(chunk);
            List<FindingRepository.NewFinding> found = new ArrayList<>();
            MatchReport report = matcher.match(chunk);
            for (Finding finding : report.findings()) {
                StoredComponent component = stored.get(finding.component());
                found.add(new FindingRepository.NewFinding(component.id(), finding.advisory().id(),
                        componentKey(component), finding.match().toString(), false));
            }
            Set<String> decided = new HashSet<>();
            found.forEach(finding -> decided.add(finding.componentId() + " " + finding.advisoryId()));
            for (MatchReport.Unresolved unresolved : report.unresolved()) {
                StoredComponent component = stored.get(unresolved.component());
                // an unreadable CPE of the component itself is reported under "CPE", no advisory's id; an advisory
                // that matched by another of its ranges, or is undecided already, is kept once
                if (index.advisory(unresolved.advisoryId()).isPresent()
                        && decided.add(component.id() + " " + unresolved.advisoryId())) {
                    String reason = unresolved.reason() == null ? "" : unresolved.reason();
                    found.add(new FindingRepository.NewFinding(component.id(), unresolved.advisoryId(),
                            componentKey(component), reason.substring(0, Math.min(reason.length(), 2000)), true));
                }
            }
            if (!found.isEmpty()) {
                repository.insert(versionId, found, clock.instant());
            }
        }
    }

    /** What the matcher needs of a component; none without a version, or without a package URL or CPE. */
    static Optional<ComponentCoordinates> coordinates(StoredComponent component) {
        PackageURL purl = null;
        if (component.purl() != null) {
            try {
                purl = new PackageURL(component.purl());
            } catch (MalformedPackageURLException unreadable) {
                // matched by CPE alone, if it has one
            }
        }
        String version = component.version() != null ? component.version() : purl == null ? null : purl.getVersion();
        if (version == null || version.isBlank() || purl == null && component.cpe() == null) {
            return Optional.empty();
        }
        return Optional.of(new ComponentCoordinates(purl, version, Optional.ofNullable(component.cpe())));
    }

    private static Optional<String> cpeProduct(String cpe) {
        try {
            return AdvisoryIndex.productKey(Cpe.parse(cpe));
        } catch (InvalidCpeException unreadable) {
            return Optional.empty();
        }
    }

    /** The component's name across SBOMs of a version: its package URL, else name and version (hashed if long). */
    static String componentKey(StoredComponent component) {
        String key = component.purl() != null ? component.purl() : component.displayName();
        return key.length() <= 1024 ? key : "sha256:" + Sha256.hex(key);
    }

    /** The findings of a version a hospital installed; the caller has made sure it did. */
    public List<VersionFinding> ofInstalled(UUID versionId) {
        return repository.ofVersion(versionId);
    }

    public List<VersionFinding> ofVersion(UUID organisationId, UUID versionId) {
        products.version(organisationId, versionId);
        return repository.ofVersion(versionId);
    }

    /** Records the manufacturer's analysis; it stays with the advisory and component across new SBOMs. */
    @Transactional
    public void analyse(UUID organisationId, UUID versionId, long findingId, VexState state,
                        VexJustification justification, VexResponse response, String detail) {
        products.version(organisationId, versionId);
        VersionFinding finding = repository.find(versionId, findingId).orElseThrow(NotFoundException::new);
        VexAnalysis analysis = new VexAnalysis(state, justification, response, detail, CurrentActor.name(),
                clock.instant());
        repository.saveAnalysis(versionId, finding.advisoryId(), finding.componentKey(), analysis);
        activity.record(organisationId, "finding.analysed", Target.of("productVersion", versionId),
                finding.analysis(), Map.of("advisory", finding.advisoryId(), "component", finding.component(),
                        "state", state.name()));
    }
}
