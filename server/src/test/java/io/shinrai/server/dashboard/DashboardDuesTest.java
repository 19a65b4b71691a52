package io.shinrai.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.SystemCategory;
import io.shinrai.server.gap.EvaluationStatus;
import io.shinrai.server.gap.GapKey;
import io.shinrai.server.gap.Portfolio;
import io.shinrai.server.gap.RiskDecision;
import io.shinrai.server.gap.RiskEvaluation;
import io.shinrai.server.inventory.InventorySystem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** However much is overdue, the dashboard stays a page to read at a glance: the oldest first, and a count. */
class DashboardDuesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void showsTheTwentyOldestOverdueEvaluationsAndCountsTheRest() {
        InventorySystem pacs = new InventorySystem(UUID.randomUUID(), UUID.randomUUID(),
                new LedgerEntry("PACS", SystemCategory.PACS, null, null, null, null, null, null, false, null, null,
                        null), null, Instant.EPOCH, Instant.EPOCH);
        Map<GapKey, RiskEvaluation> evaluations = new LinkedHashMap<>();
        for (int daysLate = 1; daysLate <= 25; daysLate++) {
            RiskEvaluation late = proposed(pacs, "item-" + daysLate, TODAY.minusDays(daysLate));
            evaluations.put(new GapKey(pacs.id(), late.catalogueId(), late.itemRef()), late);
        }
        Portfolio portfolio = new Portfolio(List.of(new Portfolio.Row(pacs, false,
                Portfolio.Status.GAPS_UNEVALUATED, 25, 0, 25)), List.of());

        Dashboard.Dues overdue = Dashboard.of(portfolio, evaluations, TODAY).overdue();

        assertThat(overdue.shown()).hasSize(20);
        assertThat(overdue.shown().get(0).date()).isEqualTo(TODAY.minusDays(25));
        assertThat(overdue.shown().get(19).date()).isEqualTo(TODAY.minusDays(6));
        assertThat(overdue.more()).isEqualTo(5);
    }

    private static RiskEvaluation proposed(InventorySystem system, String itemRef, LocalDate dueOn) {
        return new RiskEvaluation(UUID.randomUUID(), system.organisationId(), system.id(), "mhlw-vendor-checklist",
                itemRef, 1, RiskDecision.MITIGATE, "理由", "対策", "情報部", dueOn, null, EvaluationStatus.PROPOSED,
                null, Instant.EPOCH, UUID.randomUUID(), "担当");
    }
}
