package io.shinrai.vuln;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Advisories by id and their affected packages by package key, so that a component is compared only with the
 * advisories of its own package. One revision per id is kept: the one with the latest {@code modified}.
 */
public final class AdvisoryIndex {

    /** What putting an advisory did. */
    public enum Outcome {
        ADDED, REPLACED,
        /** An advisory of the same id and the same or a later {@code modified} was already there. */
        NOT_NEWER
    }

    /** One affected package of one advisory, as filed under its key. */
    public record Entry(Advisory advisory, AffectedPackage affected) {
    }

    /** One vulnerable CPE criterion of one advisory. */
    public record CpeEntry(Advisory advisory, CpeApplicability.Criterion criterion) {
    }

    private final Map<String, Advisory> byId = new HashMap<>();
    private final Map<PackageKey, List<Entry>> byPackage = new HashMap<>();
    /** Criteria by "vendor:product" where both are plain values; the rest in {@link #wideCriteria}. */
    private final Map<String, List<CpeEntry>> byProduct = new HashMap<>();
    private final List<CpeEntry> wideCriteria = new ArrayList<>();

    public Outcome put(Advisory advisory) {
        Advisory known = byId.get(advisory.id());
        if (known != null && !advisory.modified().isAfter(known.modified())) {
            return Outcome.NOT_NEWER;
        }
        if (known != null) {
            for (AffectedPackage affected : known.affected()) {
                List<Entry> entries = byPackage.get(affected.key());
                entries.removeIf(entry -> entry.advisory() == known);
                if (entries.isEmpty()) {
                    byPackage.remove(affected.key());
                }
            }
            for (CpeApplicability.Criterion criterion : vulnerableCriteria(known)) {
                List<CpeEntry> entries = productKey(criterion.cpe()).map(byProduct::get).orElse(wideCriteria);
                entries.removeIf(entry -> entry.advisory() == known);
                productKey(criterion.cpe()).filter(key -> entries.isEmpty()).ifPresent(byProduct::remove);
            }
        }
        byId.put(advisory.id(), advisory);
        for (AffectedPackage affected : advisory.affected()) {
            byPackage.computeIfAbsent(affected.key(), key -> new ArrayList<>()).add(new Entry(advisory, affected));
        }
        for (CpeApplicability.Criterion criterion : vulnerableCriteria(advisory)) {
            productKey(criterion.cpe()).map(key -> byProduct.computeIfAbsent(key, k -> new ArrayList<>()))
                    .orElse(wideCriteria).add(new CpeEntry(advisory, criterion));
        }
        return known == null ? Outcome.ADDED : Outcome.REPLACED;
    }

    /** An update that records what each advisory put did; pass it as the sink of a reader. */
    public IndexUpdate update() {
        return new IndexUpdate(this);
    }

    public List<Entry> entries(PackageKey key) {
        return Collections.unmodifiableList(byPackage.getOrDefault(key, List.of()));
    }

    /** The vulnerable criteria that may name a component with this CPE: those of its product and the wide ones. */
    public List<CpeEntry> criteria(Cpe component) {
        List<CpeEntry> candidates = new ArrayList<>(wideCriteria);
        productKey(component).map(byProduct::get).ifPresent(candidates::addAll);
        return candidates;
    }

    /**
     * The criteria of configuration nodes that are not negated and name the vulnerable thing; platform criteria
     * (vulnerable false) of AND configurations cannot be checked against one component alone.
     */
    private static List<CpeApplicability.Criterion> vulnerableCriteria(Advisory advisory) {
        List<CpeApplicability.Criterion> criteria = new ArrayList<>();
        for (CpeApplicability applicability : advisory.applicability()) {
            for (CpeApplicability.Node node : applicability.nodes()) {
                if (!node.negate()) {
                    node.criteria().stream().filter(CpeApplicability.Criterion::vulnerable).forEach(criteria::add);
                }
            }
        }
        return criteria;
    }

    /** The "vendor:product" criteria are filed under, when neither has a wildcard. */
    public static Optional<String> productKey(Cpe cpe) {
        if (cpe.vendor() instanceof CpeValue.Text vendor && !vendor.hasWildcards()
                && cpe.product() instanceof CpeValue.Text product && !product.hasWildcards()) {
            return Optional.of(vendor.literal() + ":" + product.literal());
        }
        return Optional.empty();
    }

    public Optional<Advisory> advisory(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Advisory> advisories() {
        return Collections.unmodifiableCollection(byId.values());
    }

    public int size() {
        return byId.size();
    }
}
