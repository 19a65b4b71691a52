package io.shinrai.risk;

import java.util.List;
import java.util.TreeSet;

/** リスク値 = 資産価値 × 脅威 × 脆弱性, the form of the remote service security guideline's sample table. */
public record MultiplicativeFormula() implements Formula {

    @Override
    public int likelihood(int threat, int vulnerability) {
        return threat * vulnerability;
    }

    @Override
    public List<Integer> likelihoods(Scale threat, Scale vulnerability) {
        TreeSet<Integer> products = new TreeSet<>();
        for (int t = 1; t <= threat.top(); t++) {
            for (int v = 1; v <= vulnerability.top(); v++) {
                products.add(t * v);
            }
        }
        return List.copyOf(products);
    }
}
