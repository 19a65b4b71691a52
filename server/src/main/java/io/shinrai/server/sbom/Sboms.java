package io.shinrai.server.sbom;

import io.shinrai.sbom.InvalidSbomException;
import io.shinrai.sbom.SbomFile;
import io.shinrai.sbom.SupportLevel;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.product.Products;
import io.shinrai.server.security.CurrentActor;
import io.shinrai.server.web.NotFoundException;
import io.shinrai.server.web.Paged;
import io.shinrai.vuln.PackageKey;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SBOM of each product version. An upload is read as a stream and its components written in batches within
 * one transaction: a file that turns out to be malformed half way leaves the version as it was, with its previous
 * SBOM if it had one.
 */
@Service
public class Sboms {

    public static final int COMPONENTS_PER_PAGE = 100;

    private final SbomRepository repository;
    private final Products products;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Sboms(SbomRepository repository, Products products, ActivityLog activity, ApplicationEventPublisher events,
          Clock clock) {
        this.repository = repository;
        this.products = products;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    /** Replaces the version's SBOM with the file, or changes nothing when the file cannot be read. */
    @Transactional(rollbackFor = {InvalidSbomException.class, IOException.class})
    public StoredSbom importFile(UUID organisationId, UUID versionId, String fileName, InputStream content)
            throws InvalidSbomException, IOException {
        products.version(organisationId, versionId);
        repository.deleteOfVersion(versionId);
        UUID sbomId = UUID.randomUUID();
        repository.begin(sbomId, versionId, fileName, CurrentActor.name(), clock.instant());
        ComponentWriter writer = new ComponentWriter(repository, sbomId);
        SbomFile.read(content, writer);
        writer.finish();
        StoredSbom stored = repository.ofVersion(versionId).orElseThrow();
        activity.record(organisationId, "sbom.imported", Target.of("productVersion", versionId), null,
                Map.of("file", String.valueOf(fileName), "format", stored.format().label(),
                        "components", stored.components()));
        events.publishEvent(new SbomImported(organisationId, versionId, sbomId));
        return stored;
    }

    public Optional<StoredSbom> of(UUID organisationId, UUID versionId) {
        products.version(organisationId, versionId);
        return repository.ofVersion(versionId);
    }

    public Paged<StoredComponent> components(StoredSbom sbom, int requestedPage) {
        int pages = Math.max(1, (sbom.components() + COMPONENTS_PER_PAGE - 1) / COMPONENTS_PER_PAGE);
        int page = Math.min(Math.max(requestedPage, 1), pages);
        int from = (page - 1) * COMPONENTS_PER_PAGE;
        return new Paged<>(repository.components(sbom.id(), from, COMPONENTS_PER_PAGE), page, pages,
                sbom.components(), from + 1);
    }

    /** Components of an SBOM in file order, {@code limit} from {@code offset}, for work that walks them all. */
    public List<StoredComponent> components(UUID sbomId, int offset, int limit) {
        return repository.components(sbomId, offset, limit);
    }

    /** The components of the version's SBOM that are the package, in whatever version; none without an SBOM. */
    public List<StoredComponent> withPackage(UUID versionId, PackageKey key) {
        return repository.withPackage(versionId, key);
    }

    /** How many components of the version's SBOM are no longer supported on {@code today}; 0 without an SBOM. */
    public int unsupportedOf(UUID versionId, LocalDate today) {
        return repository.ofVersion(versionId).map(sbom -> repository.countPastEndOfSupport(sbom.id(), today))
                .orElse(0);
    }

    /** The first components no longer supported on {@code today}, and how many there are in all. */
    public record Unsupported(List<StoredComponent> first, int total) {
    }

    public Unsupported pastEndOfSupport(StoredSbom sbom, LocalDate today) {
        return new Unsupported(repository.pastEndOfSupport(sbom.id(), today, COMPONENTS_PER_PAGE),
                repository.countPastEndOfSupport(sbom.id(), today));
    }

    @Transactional
    public void updateSupport(UUID organisationId, UUID versionId, long componentId, SupportLevel level,
                              LocalDate endOfSupport) {
        StoredSbom sbom = of(organisationId, versionId).orElseThrow(NotFoundException::new);
        StoredComponent before = repository.component(sbom.id(), componentId).orElseThrow(NotFoundException::new);
        repository.updateSupport(componentId, level, endOfSupport);
        activity.record(organisationId, "sbom.supportChanged", Target.of("sbomComponent", componentId),
                Map.of("component", before.displayName(), "level", String.valueOf(before.supportLevel()),
                        "endOfSupport", String.valueOf(before.endOfSupport())),
                Map.of("component", before.displayName(), "level", String.valueOf(level),
                        "endOfSupport", String.valueOf(endOfSupport)));
    }
}
