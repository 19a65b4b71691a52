package io.shinrai.risk;

/**
 * 資産価値 of an asset for confidentiality, integrity and availability; its importance in a risk is the highest of
 * the three, since losing any one of them is the damage the row is about.
 */
public record AssetValue(int confidentiality, int integrity, int availability) {

    public int importance() {
        return Math.max(confidentiality, Math.max(integrity, availability));
    }
}
