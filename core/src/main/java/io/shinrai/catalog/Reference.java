package io.shinrai.catalog;

/** Where in a guideline an item or section comes from, e.g. the 6.0 operations volume, clause 14.1. */
public record Reference(String guideline, String clause) {
}
