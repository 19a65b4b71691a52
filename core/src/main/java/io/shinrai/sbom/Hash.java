package io.shinrai.sbom;

/** A digest of a component as the SBOM gives it, e.g. {@code SHA-256} and its hex value. */
public record Hash(String algorithm, String value) {
}
