package io.shinrai.sbom;

import io.shinrai.catalog.LocalizedText;

/**
 * The data fields of the NTIA minimum elements for an SBOM (2021): four that each component has or lacks, and
 * three of the document as a whole.
 */
public enum MinimumElement {
    SUPPLIER(true, new LocalizedText("供給者名", "Supplier name")),
    COMPONENT_NAME(true, new LocalizedText("コンポーネント名", "Component name")),
    VERSION(true, new LocalizedText("バージョン", "Version of the component")),
    UNIQUE_IDENTIFIER(true, new LocalizedText("一意な識別子(purl・CPE・SWID)",
            "Other unique identifiers (purl, CPE, SWID)")),
    RELATIONSHIPS(false, new LocalizedText("依存関係", "Dependency relationship")),
    AUTHOR(false, new LocalizedText("SBOM 作成者", "Author of SBOM data")),
    TIMESTAMP(false, new LocalizedText("タイムスタンプ", "Timestamp"));

    private final boolean perComponent;
    private final LocalizedText label;

    MinimumElement(boolean perComponent, LocalizedText label) {
        this.perComponent = perComponent;
        this.label = label;
    }

    public boolean perComponent() {
        return perComponent;
    }

    public LocalizedText label() {
        return label;
    }

    boolean isIn(Component component) {
        return switch (this) {
            case SUPPLIER -> component.supplier() != null;
            case COMPONENT_NAME -> component.name() != null;
            case VERSION -> component.version() != null;
            case UNIQUE_IDENTIFIER -> component.hasUniqueIdentifier();
            case RELATIONSHIPS, AUTHOR, TIMESTAMP -> throw new IllegalStateException(this + " is the document's");
        };
    }
}
