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

    private final Map<String, Advisory> byId = new HashMap<>();
    private final Map<PackageKey, List<Entry>> byPackage = new HashMap<>();

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
        }
        byId.put(advisory.id(), advisory);
        for (AffectedPackage affected : advisory.affected()) {
            byPackage.computeIfAbsent(affected.key(), key -> new ArrayList<>()).add(new Entry(advisory, affected));
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
