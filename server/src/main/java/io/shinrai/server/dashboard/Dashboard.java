package io.shinrai.server.dashboard;

import io.shinrai.server.gap.EvaluationStatus;
import io.shinrai.server.gap.GapKey;
import io.shinrai.server.gap.Portfolio;
import io.shinrai.server.gap.RiskEvaluation;
import io.shinrai.server.inventory.InventorySystem;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a hospital's manager reads at a glance: systems by status, the critical-infrastructure systems one by one,
 * the vendors with the most open gaps, and what is overdue.
 */
public record Dashboard(StatusBar systems, List<Portfolio.Row> critical, List<Portfolio.VendorRow> vendors,
                        Dues overdue, Dues reviewsDue) {

    static final int VENDORS_SHOWN = 8;
    static final int DUES_SHOWN = 20;

    /** Something with a date that has passed, for one system. */
    public record Due(InventorySystem system, RiskEvaluation evaluation, LocalDate date) {
    }

    /** The oldest of a list of dues, and how many more there are than shown. */
    public record Dues(List<Due> shown, int more) {

        static Dues of(Stream<Due> dues) {
            List<Due> all = dues.sorted(Comparator.comparing(Due::date)).toList();
            return new Dues(all.stream().limit(DUES_SHOWN).toList(), Math.max(0, all.size() - DUES_SHOWN));
        }

        public boolean isEmpty() {
            return shown.isEmpty();
        }
    }

    static Dashboard of(Portfolio portfolio, Map<GapKey, RiskEvaluation> evaluations, LocalDate today) {
        Map<UUID, InventorySystem> systems = portfolio.rows().stream().map(Portfolio.Row::system)
                .collect(Collectors.toMap(InventorySystem::id, Function.identity()));
        Dues overdue = Dues.of(evaluations.values().stream()
                .filter(evaluation -> evaluation.status() != EvaluationStatus.RETURNED && evaluation.dueOn() != null
                        && evaluation.dueOn().isBefore(today) && systems.containsKey(evaluation.systemId()))
                .map(evaluation -> new Due(systems.get(evaluation.systemId()), evaluation, evaluation.dueOn())));
        Dues reviewsDue = Dues.of(evaluations.values().stream()
                .filter(evaluation -> evaluation.reviewDue(today) && systems.containsKey(evaluation.systemId()))
                .map(evaluation -> new Due(systems.get(evaluation.systemId()), evaluation,
                        evaluation.nextReviewOn())));
        return new Dashboard(StatusBar.of(portfolio.countByStatus()),
                portfolio.rows().stream().filter(Portfolio.Row::critical).toList(),
                portfolio.vendors().stream().filter(row -> row.uncovered() > 0).limit(VENDORS_SHOWN).toList(),
                overdue, reviewsDue);
    }

    /** The longest vendor bar is the full width; the others in proportion. */
    public int vendorScale() {
        return vendors.stream().mapToInt(Portfolio.VendorRow::uncovered).max().orElse(1);
    }
}
