package io.shinrai.risk;

import io.shinrai.catalog.LocalizedText;

/** 責任分界: who carries out the treatment of a row. */
public enum Responsibility {
    HOSPITAL(new LocalizedText("医療機関", "hospital")),
    VENDOR(new LocalizedText("事業者", "vendor")),
    SHARED(new LocalizedText("共同", "shared"));

    private final LocalizedText label;

    Responsibility(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
