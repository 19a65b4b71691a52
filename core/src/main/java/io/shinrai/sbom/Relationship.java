package io.shinrai.sbom;

/**
 * One edge between two elements of an SBOM, named by their bom-ref or SPDXID: CycloneDX dependencies give
 * {@code DEPENDS_ON}, SPDX gives its relationship types as written ({@code DESCRIBES}, {@code CONTAINS},
 * {@code DEPENDS_ON}, ...).
 */
public record Relationship(String from, String type, String to) {

    public static final String DEPENDS_ON = "DEPENDS_ON";
    public static final String DESCRIBES = "DESCRIBES";
}
