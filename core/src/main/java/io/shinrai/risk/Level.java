package io.shinrai.risk;

import io.shinrai.catalog.LocalizedText;

/** One step of a scale: its value (1 is lowest) and what people call it. */
public record Level(int value, LocalizedText label) {
}
