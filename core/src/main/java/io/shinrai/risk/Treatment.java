package io.shinrai.risk;

import io.shinrai.catalog.LocalizedText;

/** リスク対応: what is done about a risk. */
public enum Treatment {
    ACCEPT(new LocalizedText("受容", "accept")),
    MITIGATE(new LocalizedText("低減", "mitigate")),
    TRANSFER(new LocalizedText("移転", "transfer")),
    AVOID(new LocalizedText("回避", "avoid"));

    private final LocalizedText label;

    Treatment(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
