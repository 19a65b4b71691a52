package io.shinrai.sbom;

/** The ways an SBOM is written that can be read, recognised from the content rather than the file name. */
public enum SbomFormat {
    CYCLONEDX_JSON("CycloneDX JSON"),
    CYCLONEDX_XML("CycloneDX XML"),
    SPDX_JSON("SPDX JSON"),
    SPDX_TAG_VALUE("SPDX tag-value"),
    SPDX_3_JSON_LD("SPDX 3 JSON-LD");

    private final String label;

    SbomFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
