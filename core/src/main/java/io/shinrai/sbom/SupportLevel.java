package io.shinrai.sbom;

import java.util.Locale;
import java.util.Optional;

/**
 * How a component's supplier supports it, in the words of SPDX 3's {@code SupportType}; CycloneDX files carry it in
 * the property {@value #PROPERTY}.
 */
public enum SupportLevel {
    DEPLOYED, DEVELOPMENT, END_OF_SUPPORT, LIMITED_SUPPORT, NO_ASSERTION, NO_SUPPORT, SUPPORT;

    public static final String PROPERTY = "shinrai:lifecycle:supportLevel";

    /** The level written as SPDX 3 spells it ({@code endOfSupport}) or as this enum does ({@code END_OF_SUPPORT}). */
    public static Optional<SupportLevel> parse(String text) {
        String key = text.strip().replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
        for (SupportLevel level : values()) {
            if (level.name().replace("_", "").toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
