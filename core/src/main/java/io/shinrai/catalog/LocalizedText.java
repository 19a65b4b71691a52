package io.shinrai.catalog;

import java.util.Locale;

/** A text in Japanese and English; catalogues carry both. */
public record LocalizedText(String ja, String en) {

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : ja;
    }
}
