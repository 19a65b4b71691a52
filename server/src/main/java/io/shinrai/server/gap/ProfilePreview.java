package io.shinrai.server.gap;

import io.shinrai.catalog.Catalogue;
import io.shinrai.hospital.GapAnalysis;
import io.shinrai.hospital.RequirementProfile;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.organisation.Organisation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How many gaps the hospital's current disclosures answering a catalogue would show under a profile, beside the
 * number they show now under the profile each system has. Like every gap, computed from what is stored.
 */
public record ProfilePreview(List<Row> rows) {

    public record Row(InventorySystem system, boolean critical, RequirementProfile current, int gapsNow,
                      int gapsUnder) {
    }

    /** @param portfolio every system's gaps as they are now ({@link Gaps#portfolio}) */
    static ProfilePreview of(Organisation hospital, Map<InventorySystem, List<SystemGaps>> portfolio,
                             Catalogue catalogue, RequirementProfile candidate) {
        GapAnalysis analysis = new GapAnalysis(catalogue, candidate);
        List<Row> rows = new ArrayList<>();
        portfolio.forEach((system, disclosures) -> disclosures.stream()
                .filter(disclosure -> disclosure.catalogue().key().equals(catalogue.key()))
                .forEach(disclosure -> rows.add(new Row(system, system.critical(hospital), disclosure.profile(),
                        disclosure.report().summary().gaps(),
                        analysis.analyse(disclosure.received().document()).summary().gaps()))));
        return new ProfilePreview(rows);
    }

    public int gapsNow() {
        return rows.stream().mapToInt(Row::gapsNow).sum();
    }

    public int gapsUnder() {
        return rows.stream().mapToInt(Row::gapsUnder).sum();
    }
}
