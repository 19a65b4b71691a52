package io.shinrai.server.gap;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.hospital.GapAnalysis;
import io.shinrai.hospital.RequirementProfile;
import io.shinrai.server.inventory.Intake;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.inventory.ReceivedDisclosure;
import io.shinrai.server.inventory.SystemDisclosures;
import io.shinrai.server.organisation.Organisation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The gaps between what vendors disclosed and what the hospital requires: for every system, each current
 * disclosure checked against the profile the hospital chose for its standard or its critical-infrastructure
 * systems, with the hospital's risk evaluations beside each gap. Gaps are computed whenever they are read and
 * never stored, so a change of profile or of choice shows in every list at once.
 */
@Service
public class Gaps {

    private final Inventory inventory;
    private final Intake intake;
    private final RiskEvaluations evaluations;
    private final CatalogueLibrary catalogues;
    private final HospitalProfiles profiles;

    Gaps(Inventory inventory, Intake intake, RiskEvaluations evaluations, CatalogueLibrary catalogues,
         HospitalProfiles profiles) {
        this.inventory = inventory;
        this.intake = intake;
        this.evaluations = evaluations;
        this.catalogues = catalogues;
        this.profiles = profiles;
    }

    public List<SystemGaps> of(UUID hospitalId, UUID systemId) {
        Organisation hospital = inventory.hospital(hospitalId);
        InventorySystem system = inventory.get(hospitalId, systemId);
        return of(hospital, system, intake.of(hospitalId, system),
                bySystem(evaluations.currentOf(hospitalId)).getOrDefault(systemId, List.of()));
    }

    /** Every system's gaps at once, critical systems first as the ledger lists them. */
    public Map<InventorySystem, List<SystemGaps>> portfolio(UUID hospitalId) {
        Organisation hospital = inventory.hospital(hospitalId);
        Map<UUID, SystemDisclosures> disclosures = intake.ofHospital(hospitalId);
        Map<UUID, List<RiskEvaluation>> current = bySystem(evaluations.currentOf(hospitalId));
        return inventory.of(hospitalId).stream().collect(Collectors.toMap(system -> system,
                system -> of(hospital, system, disclosures.get(system.id()),
                        current.getOrDefault(system.id(), List.of())),
                (first, second) -> first, LinkedHashMap::new));
    }

    public RequirementProfile profileFor(Organisation hospital, InventorySystem system, Catalogue catalogue) {
        return profiles.applied(hospital.id(), catalogue, Criticality.of(hospital, system))
                .orElseThrow(() -> new IllegalStateException("no profile for " + catalogue.key()));
    }

    private static Map<UUID, List<RiskEvaluation>> bySystem(Map<GapKey, RiskEvaluation> current) {
        return current.values().stream().collect(Collectors.groupingBy(RiskEvaluation::systemId));
    }

    private List<SystemGaps> of(Organisation hospital, InventorySystem system, SystemDisclosures disclosures,
                                List<RiskEvaluation> systemEvaluations) {
        return disclosures.current().stream()
                .map(received -> gaps(hospital, system, received, systemEvaluations)).toList();
    }

    private SystemGaps gaps(Organisation hospital, InventorySystem system, ReceivedDisclosure received,
                            List<RiskEvaluation> systemEvaluations) {
        Catalogue catalogue = catalogues.find(received.document().catalogueId(),
                received.document().catalogueVersion()).orElseThrow();
        RequirementProfile profile = profileFor(hospital, system, catalogue);
        Map<String, RiskEvaluation> evaluated = systemEvaluations.stream()
                .filter(evaluation -> evaluation.catalogueId().equals(catalogue.id()))
                .collect(Collectors.toMap(RiskEvaluation::itemRef, evaluation -> evaluation));
        return new SystemGaps(received, catalogue, profile, GapAnalysis.of(catalogue, profile, received.document()),
                evaluated);
    }
}
