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
import java.util.HashMap;
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
        return new Reading(hospital).of(system, intake.of(hospitalId, system),
                List.copyOf(evaluations.currentOf(hospitalId, systemId).values()));
    }

    /** Every system's gaps at once, critical systems first as the ledger lists them. */
    public Map<InventorySystem, List<SystemGaps>> portfolio(UUID hospitalId) {
        return portfolio(hospitalId, evaluations.currentOf(hospitalId));
    }

    /** The same, with the hospital's current evaluations as the caller has already read them. */
    public Map<InventorySystem, List<SystemGaps>> portfolio(UUID hospitalId, Map<GapKey, RiskEvaluation> current) {
        Reading reading = new Reading(inventory.hospital(hospitalId));
        List<InventorySystem> systems = inventory.of(hospitalId);
        Map<UUID, SystemDisclosures> disclosures = intake.ofHospital(hospitalId, systems);
        Map<UUID, List<RiskEvaluation>> evaluated = bySystem(current);
        return systems.stream().collect(Collectors.toMap(system -> system,
                system -> reading.of(system, disclosures.get(system.id()),
                        evaluated.getOrDefault(system.id(), List.of())),
                (first, second) -> first, LinkedHashMap::new));
    }

    public RequirementProfile profileFor(Organisation hospital, InventorySystem system, Catalogue catalogue) {
        return profiles.applied(hospital.id(), catalogue, Criticality.of(hospital, system))
                .orElseThrow(() -> new IllegalStateException("no profile for " + catalogue.key()));
    }

    private static Map<UUID, List<RiskEvaluation>> bySystem(Map<GapKey, RiskEvaluation> current) {
        return current.values().stream().collect(Collectors.groupingBy(RiskEvaluation::systemId));
    }

    /** The analysis of one catalogue under one profile, prepared once and applied to many disclosures. */
    private record Analysis(Catalogue catalogue, RequirementProfile profile, GapAnalysis gaps) {
    }

    /**
     * One reading of a hospital's gaps. The profile that applies depends only on the catalogue and the system's
     * criticality, so it is looked up, and its analysis prepared, once per pair rather than once per system.
     */
    private final class Reading {

        private final Organisation hospital;
        private final Map<String, Analysis> analyses = new HashMap<>();

        Reading(Organisation hospital) {
            this.hospital = hospital;
        }

        List<SystemGaps> of(InventorySystem system, SystemDisclosures disclosures,
                            List<RiskEvaluation> systemEvaluations) {
            return disclosures.current().stream()
                    .map(received -> gaps(system, received, systemEvaluations)).toList();
        }

        private SystemGaps gaps(InventorySystem system, ReceivedDisclosure received,
                                List<RiskEvaluation> systemEvaluations) {
            Analysis analysis = analysisFor(system, received);
            Map<String, RiskEvaluation> evaluated = systemEvaluations.stream()
                    .filter(evaluation -> evaluation.catalogueId().equals(analysis.catalogue().id()))
                    .collect(Collectors.toMap(RiskEvaluation::itemRef, evaluation -> evaluation));
            return new SystemGaps(received, analysis.catalogue(), analysis.profile(),
                    analysis.gaps().analyse(received.document()), evaluated);
        }

        private Analysis analysisFor(InventorySystem system, ReceivedDisclosure received) {
            String catalogueId = received.document().catalogueId();
            String catalogueVersion = received.document().catalogueVersion();
            Criticality criticality = Criticality.of(hospital, system);
            return analyses.computeIfAbsent(catalogueId + "@" + catalogueVersion + " " + criticality, key -> {
                Catalogue catalogue = catalogues.find(catalogueId, catalogueVersion).orElseThrow();
                RequirementProfile profile = profileFor(hospital, system, catalogue);
                return new Analysis(catalogue, profile, new GapAnalysis(catalogue, profile));
            });
        }
    }
}
