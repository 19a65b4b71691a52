package io.shinrai.risk;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * How many rows fall on each pair of asset importance and likelihood, before or after the controls; a cell's
 * acceptance tier is that of importance × likelihood.
 *
 * @param importances the rows of the map, highest first
 * @param likelihoods the columns, lowest first
 * @param counts      {@code counts.get(r).get(c)} rows at {@code importances.get(r)} and {@code likelihoods.get(c)}
 */
public record HeatMap(List<Integer> importances, List<Integer> likelihoods, List<List<Integer>> counts) {

    public HeatMap {
        importances = List.copyOf(importances);
        likelihoods = List.copyOf(likelihoods);
        counts = counts.stream().map(List::copyOf).toList();
    }

    public static HeatMap inherent(Assessment assessment) {
        return of(assessment, row -> row.inherent().threat(), row -> row.inherent().vulnerability());
    }

    public static HeatMap residual(Assessment assessment) {
        return of(assessment, row -> row.residual().threat(), row -> row.residual().vulnerability());
    }

    private static HeatMap of(Assessment assessment, ToIntFunction<RiskRow> threat,
            ToIntFunction<RiskRow> vulnerability) {
        RiskMethod method = assessment.method();
        List<Integer> importances = IntStream.rangeClosed(1, method.topImportance())
                .map(i -> method.topImportance() + 1 - i).boxed().toList();
        List<Integer> likelihoods = method.formula().likelihoods(method.threat(), method.vulnerability());
        int[][] counts = new int[importances.size()][likelihoods.size()];
        for (RiskRow row : assessment.rows()) {
            int likelihood = method.formula().likelihood(threat.applyAsInt(row), vulnerability.applyAsInt(row));
            counts[method.topImportance() - row.value().importance()][likelihoods.indexOf(likelihood)]++;
        }
        return new HeatMap(importances, likelihoods, Arrays.stream(counts)
                .map(row -> Arrays.stream(row).boxed().toList()).toList());
    }

    public int count(int row, int column) {
        return counts.get(row).get(column);
    }
}
