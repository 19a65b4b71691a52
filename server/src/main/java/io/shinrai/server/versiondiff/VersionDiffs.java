package io.shinrai.server.versiondiff;

import io.shinrai.server.product.Products;
import io.shinrai.server.sbom.Sboms;
import io.shinrai.server.sbom.StoredSbom;
import io.shinrai.server.web.NotFoundException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Compares the SBOMs and findings of two versions of one product. */
@Service
public class VersionDiffs {

    /** Components listed per kind of change; the rest are counted. */
    static final int LISTED = 200;

    private final Products products;
    private final Sboms sboms;
    private final VersionDiffRepository repository;

    VersionDiffs(Products products, Sboms sboms, VersionDiffRepository repository) {
        this.products = products;
        this.sboms = sboms;
        this.repository = repository;
    }

    /** The difference from one version to the other, empty when either has no SBOM yet. */
    public Optional<VersionDiff> between(UUID organisationId, UUID productId, UUID fromId, UUID toId) {
        for (UUID versionId : new UUID[] {fromId, toId}) {
            if (!products.version(organisationId, versionId).product().id().equals(productId)) {
                throw new NotFoundException();
            }
        }
        Optional<StoredSbom> from = sboms.of(organisationId, fromId);
        Optional<StoredSbom> to = sboms.of(organisationId, toId);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        UUID a = from.get().id();
        UUID b = to.get().id();
        return Optional.of(new VersionDiff(repository.onlyIn(b, a, LISTED), repository.onlyIn(a, b, LISTED),
                repository.changed(a, b, LISTED), repository.advisoriesOnlyIn(toId, fromId),
                repository.advisoriesOnlyIn(fromId, toId)));
    }
}
