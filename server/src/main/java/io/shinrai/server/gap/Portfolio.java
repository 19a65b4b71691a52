package io.shinrai.server.gap;

import io.shinrai.disclosure.excel.SheetText;
import io.shinrai.hospital.Gap;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.organisation.Organisation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The hospital's gaps across systems and vendors: where each system stands, and per vendor how much is open. What
 * a manager reads first, and what an inspection asks about.
 */
public record Portfolio(List<Row> rows, List<VendorRow> vendors) {

    /** Where a system stands, worst first. */
    public enum Status {
        NO_DISCLOSURE, GAPS_UNEVALUATED, GAPS_EVALUATED, COMPLIANT
    }

    /** One system: its gaps, how many are covered by an approved evaluation, how many await approval. */
    public record Row(InventorySystem system, boolean critical, Status status, int gaps, int covered, int pending) {
    }

    public record VendorRow(String vendor, int systems, int gaps, int uncovered) {
    }

    public static Portfolio of(Organisation hospital, Map<InventorySystem, List<SystemGaps>> bySystem, String vendor,
                        LocalDate today) {
        List<Row> rows = new ArrayList<>();
        Map<String, int[]> perVendor = new LinkedHashMap<>();
        bySystem.forEach((system, disclosures) -> {
            if (vendor != null && !vendor.isBlank()
                    && !SheetText.key(vendor).equals(SheetText.key(vendorOf(system)))) {
                return;
            }
            Row row = row(hospital, system, disclosures, today);
            rows.add(row);
            int[] totals = perVendor.computeIfAbsent(vendorOf(system), name -> new int[3]);
            totals[0]++;
            totals[1] += row.gaps();
            totals[2] += row.gaps() - row.covered();
        });
        List<VendorRow> vendors = perVendor.entrySet().stream()
                .map(entry -> new VendorRow(entry.getKey(), entry.getValue()[0], entry.getValue()[1],
                        entry.getValue()[2]))
                .sorted((a, b) -> Integer.compare(b.uncovered(), a.uncovered()))
                .toList();
        return new Portfolio(rows, vendors);
    }

    public Map<Status, Long> countByStatus() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, rows.stream().filter(row -> row.status() == status).count());
        }
        return counts;
    }

    private static Row row(Organisation hospital, InventorySystem system, List<SystemGaps> disclosures,
                           LocalDate today) {
        int gaps = 0;
        int covered = 0;
        int pending = 0;
        for (SystemGaps disclosure : disclosures) {
            for (Gap gap : disclosure.report().gaps()) {
                gaps++;
                if (disclosure.covered(gap, today)) {
                    covered++;
                } else if (disclosure.evaluationOf(gap)
                        .filter(evaluation -> evaluation.status() == EvaluationStatus.PROPOSED).isPresent()) {
                    pending++;
                }
            }
        }
        Status status = disclosures.isEmpty() ? Status.NO_DISCLOSURE
                : gaps == 0 ? Status.COMPLIANT
                : covered == gaps ? Status.GAPS_EVALUATED : Status.GAPS_UNEVALUATED;
        return new Row(system, system.critical(hospital), status, gaps, covered, pending);
    }

    private static String vendorOf(InventorySystem system) {
        return Objects.requireNonNullElse(system.entry().vendor(), "");
    }
}
