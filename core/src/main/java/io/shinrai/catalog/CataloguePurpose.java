package io.shinrai.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a catalogue's answers are for. Only disclosure catalogues are offered for new disclosures; lifecycle evidence
 * and control catalogues are answered by other features.
 */
public enum CataloguePurpose {
    /** A disclosure or checklist that vendors and hospitals exchange (MDS, SDS, RSS-SDS, MDS2, MHLW checklists). */
    DISCLOSURE("disclosure"),
    /** A manufacturer's record, per product version, of the security activities of its product lifecycle. */
    LIFECYCLE_EVIDENCE("lifecycle-evidence"),
    /** Security controls an organisation applies to itself. */
    CONTROLS("controls");

    private final String id;

    CataloguePurpose(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<CataloguePurpose> byId(String id) {
        return Arrays.stream(values()).filter(purpose -> purpose.id.equals(id)).findFirst();
    }
}
