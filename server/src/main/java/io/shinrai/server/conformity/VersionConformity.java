package io.shinrai.server.conformity;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.Section;
import io.shinrai.server.product.Product;
import io.shinrai.server.product.ProductVersion;
import io.shinrai.server.sbom.StoredSbom;
import java.util.List;
import java.util.Map;

/**
 * The conformity evidence of one product version against a lifecycle catalogue: every activity's record (未着手
 * where nothing is recorded), its files and links, and the version's SBOM, itself evidence of the version.
 */
public record VersionConformity(Product product, ProductVersion version, Catalogue catalogue,
                                Map<String, ActivityRecord> activities, Map<String, List<Evidence>> evidence,
                                StoredSbom sbom) {

    public ActivityRecord activity(String ref) {
        ActivityRecord recorded = activities.get(ref);
        return recorded == null ? ActivityRecord.notStarted(ref) : recorded;
    }

    public List<Evidence> evidenceFor(String ref) {
        return evidence.getOrDefault(ref, List.of());
    }

    public Progress progress(Section section) {
        return Progress.of(section.allItems().stream().map(item -> activity(item.ref())).toList());
    }

    public Progress progress() {
        return Progress.of(catalogue.allItems().stream().map(item -> activity(item.ref())).toList());
    }
}
