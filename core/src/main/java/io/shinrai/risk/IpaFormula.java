package io.shinrai.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The IPA style: the likelihood of damage is looked up in a table by threat and vulnerability, so an organisation can
 * say, for example, that a low threat stays unlikely whatever the vulnerability; risk = asset importance × likelihood.
 *
 * @param likelihood the scale of the looked-up value
 * @param table      rows by threat level (1 first), columns by vulnerability level, each a level of {@code likelihood}
 */
public record IpaFormula(Scale likelihood, List<List<Integer>> table) implements Formula {

    public IpaFormula {
        table = table.stream().map(List::copyOf).toList();
        for (int t = 0; t < table.size(); t++) {
            for (int v = 0; v < table.get(t).size(); v++) {
                int value = table.get(t).get(v);
                if (!likelihood.contains(value)) {
                    throw new InvalidRiskDataException("発生可能性の表の脅威 " + (t + 1) + "・脆弱性 " + (v + 1) + " の値「"
                            + value + "」は 1〜" + likelihood.top() + " の範囲外です。", "likelihood table, threat "
                            + (t + 1) + ", vulnerability " + (v + 1) + ": " + value + " is outside the scale 1 to "
                            + likelihood.top());
                }
            }
        }
    }

    /** Refuses a table that does not have one row per threat level and one column per vulnerability level. */
    void fits(Scale threat, Scale vulnerability) {
        boolean fits = table.size() == threat.top()
                && table.stream().allMatch(row -> row.size() == vulnerability.top());
        if (!fits) {
            throw new InvalidRiskDataException("発生可能性の表は脅威 " + threat.top() + " 行 × 脆弱性 " + vulnerability.top()
                    + " 列にしてください。", "the likelihood table must have " + threat.top() + " rows (threat levels) of "
                    + vulnerability.top() + " columns (vulnerability levels)");
        }
    }

    /**
     * The table with one cell changed, as the matrix editor changes it; refused when the cell is outside the table or
     * the value outside the likelihood scale.
     */
    public IpaFormula withCell(int threat, int vulnerability, int value) {
        if (threat < 1 || threat > table.size() || vulnerability < 1 || vulnerability > table.get(threat - 1).size()) {
            throw new InvalidRiskDataException("発生可能性の表に脅威 " + threat + "・脆弱性 " + vulnerability + " の欄はありません。",
                    "the likelihood table has no cell for threat " + threat + " and vulnerability " + vulnerability);
        }
        List<List<Integer>> changed = new ArrayList<>();
        for (List<Integer> row : table) {
            changed.add(new ArrayList<>(row));
        }
        changed.get(threat - 1).set(vulnerability - 1, value);
        return new IpaFormula(likelihood, changed);
    }

    @Override
    public int likelihood(int threat, int vulnerability) {
        return table.get(threat - 1).get(vulnerability - 1);
    }

    @Override
    public List<Integer> likelihoods(Scale threat, Scale vulnerability) {
        return IntStream.rangeClosed(1, likelihood.top()).boxed().toList();
    }
}
