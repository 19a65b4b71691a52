package io.shinrai.risk;

import java.util.List;

/**
 * How a risk value follows from the levels of a row. Both formulas are risk = asset value × likelihood; they differ in
 * how threat and vulnerability give the likelihood, which is also the column axis of the heat maps.
 */
public sealed interface Formula permits IpaFormula, MultiplicativeFormula {

    /** The likelihood of damage for a threat and a vulnerability level, both already within their scales. */
    int likelihood(int threat, int vulnerability);

    /** Every likelihood the formula can give for these scales, lowest first. */
    List<Integer> likelihoods(Scale threat, Scale vulnerability);
}
