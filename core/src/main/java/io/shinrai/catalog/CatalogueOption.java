package io.shinrai.catalog;

/** A feature a product may use, such as 無線LAN; items conditional on it are asked only when it is in use. */
public record CatalogueOption(String id, LocalizedText label) {
}
