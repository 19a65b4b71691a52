package io.shinrai.catalog;

/** A document that a catalogue's references point into. */
public record Guideline(String id, LocalizedText title) {
}
