package io.shinrai.server.product;

import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.CurrentActor;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The products of a manufacturer or service provider and their versions' lifecycles. Every change of a lifecycle
 * date is kept as an event; hospitals have no products, so for them none exist.
 */
@Service
public class Products {

    private final ProductRepository repository;
    private final Organisations organisations;
    private final ActivityLog activity;
    private final Clock clock;

    Products(ProductRepository repository, Organisations organisations, ActivityLog activity, Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.activity = activity;
        this.clock = clock;
    }

    /** A version with the product it belongs to. */
    public record Versioned(Product product, ProductVersion version) {
    }

    public Organisation maker(UUID organisationId) {
        Organisation organisation = organisations.get(organisationId);
        if (organisation.isHospital()) {
            throw new NotFoundException();
        }
        return organisation;
    }

    public List<Product> of(UUID organisationId) {
        maker(organisationId);
        return repository.of(organisationId);
    }

    public Product get(UUID organisationId, UUID productId) {
        maker(organisationId);
        return repository.find(organisationId, productId).orElseThrow(NotFoundException::new);
    }

    public List<ProductVersion> versions(UUID organisationId, UUID productId) {
        return repository.versions(get(organisationId, productId).id());
    }

    public Versioned version(UUID organisationId, UUID versionId) {
        maker(organisationId);
        ProductVersion version = repository.findVersion(organisationId, versionId).orElseThrow(NotFoundException::new);
        return new Versioned(repository.find(organisationId, version.productId()).orElseThrow(), version);
    }

    /** Every version of the organisation's products, by product; a hospital has none. */
    public List<Versioned> allVersions(UUID organisationId) {
        if (organisations.get(organisationId).isHospital()) {
            return List.of();
        }
        return repository.of(organisationId).stream().flatMap(product -> repository.versions(product.id()).stream()
                .map(version -> new Versioned(product, version))).toList();
    }

    /**
     * The version a hospital wrote in its ledger: the vendor's product and version named as the hospital writes
     * them (full-width, spacing and case aside).
     */
    public Optional<Versioned> installed(UUID vendorId, String product, String version) {
        if (vendorId == null || product == null || version == null) {
            return Optional.empty();
        }
        return repository.findByName(vendorId, product).flatMap(found -> repository
                .findVersionByName(found.id(), version).map(installed -> new Versioned(found, installed)));
    }

    public List<LifecycleEvent> events(UUID organisationId, UUID versionId) {
        return repository.events(version(organisationId, versionId).version().id());
    }

    @Transactional
    public Product add(UUID organisationId, String name) {
        maker(organisationId);
        if (repository.nameTaken(organisationId, name)) {
            throw new ConflictException("product.duplicateName");
        }
        Product product = new Product(UUID.randomUUID(), organisationId, name, clock.instant());
        repository.insert(product);
        activity.record(organisationId, "product.added", Target.of("product", product.id()), null, name);
        return product;
    }

    /** A new version; the dates it starts with are its first lifecycle events. */
    @Transactional
    public ProductVersion addVersion(UUID organisationId, UUID productId, String version, Lifecycle lifecycle) {
        Product product = get(organisationId, productId);
        if (repository.versionTaken(product.id(), version)) {
            throw new ConflictException("product.duplicateVersion");
        }
        ProductVersion added = new ProductVersion(UUID.randomUUID(), product.id(), version, Lifecycle.UNKNOWN,
                clock.instant());
        repository.insertVersion(added);
        activity.record(organisationId, "product.versionAdded", Target.of("productVersion", added.id()), null,
                product.name() + " " + version);
        return changeLifecycle(organisationId, added, lifecycle);
    }

    @Transactional
    public ProductVersion updateLifecycle(UUID organisationId, UUID versionId, Lifecycle lifecycle) {
        return changeLifecycle(organisationId, version(organisationId, versionId).version(), lifecycle);
    }

    private ProductVersion changeLifecycle(UUID organisationId, ProductVersion version, Lifecycle lifecycle) {
        var changed = version.lifecycle().changedIn(lifecycle);
        if (changed.isEmpty()) {
            return version;
        }
        repository.updateLifecycle(version.id(), lifecycle);
        Instant now = clock.instant();
        String actor = CurrentActor.name();
        changed.forEach((milestone, before) -> repository.insertEvent(version.id(),
                new LifecycleEvent(milestone, before, lifecycle.date(milestone), actor, now)));
        activity.record(organisationId, "product.lifecycleChanged", Target.of("productVersion", version.id()),
                version.lifecycle(), lifecycle);
        return new ProductVersion(version.id(), version.productId(), version.version(), lifecycle,
                version.createdAt());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ActivityLog.DISPLAY_ZONE));
    }
}
