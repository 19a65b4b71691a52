package io.shinrai.server.inspection;

import io.shinrai.server.checklist.ChecklistForm;
import io.shinrai.server.checklist.ChecklistRound;
import io.shinrai.server.checklist.VendorForms.SystemVendorForm;
import io.shinrai.server.gap.Portfolio;
import io.shinrai.server.gap.SystemGaps;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.inventory.ReceivedDisclosure;
import io.shinrai.server.organisation.Organisation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the papers for an inspection say, gathered once so that the workbook and the summary agree. */
record InspectionContents(Organisation hospital, String responsiblePerson, LocalDate preparedOn,
                          List<InventorySystem> systems, List<ReceivedDisclosure> received,
                          Map<InventorySystem, List<SystemGaps>> gaps, Portfolio portfolio,
                          Optional<ChecklistRound> round, Optional<ChecklistForm> hospitalChecklist,
                          List<SystemVendorForm> vendorForms) {

    String systemName(ReceivedDisclosure disclosure) {
        return systems.stream().filter(system -> system.id().equals(disclosure.systemId())).findFirst()
                .map(system -> system.entry().name()).orElse("");
    }
}
