package io.shinrai.risk;

import io.shinrai.catalog.LocalizedText;

/** An entry of an editable list — an asset, a threat, a vulnerability or a control — by its id and name. */
public record RiskTerm(String id, LocalizedText name) {
}
