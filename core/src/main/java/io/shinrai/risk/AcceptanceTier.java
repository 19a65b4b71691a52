package io.shinrai.risk;

import io.shinrai.catalog.LocalizedText;

/** What an organisation does with a risk of a given value. */
public enum AcceptanceTier {
    ACCEPT(new LocalizedText("そのまま受容", "accept as is")),
    ACCEPT_UNDER_MANAGEMENT(new LocalizedText("管理下で受容", "accept under management")),
    NOT_ACCEPTABLE(new LocalizedText("受容不可", "not acceptable"));

    private final LocalizedText label;

    AcceptanceTier(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
