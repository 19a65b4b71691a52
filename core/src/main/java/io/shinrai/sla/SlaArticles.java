package io.shinrai.sla;

import io.shinrai.catalog.LocalizedText;
import java.util.Locale;

/** How an article is headed in each language: 第1条（目的） or Article 1. Purpose. */
final class SlaArticles {

    private SlaArticles() {
    }

    static String heading(Locale locale, int number, String heading) {
        return new LocalizedText("第" + number + "条（" + heading + "）", "Article " + number + ". " + heading)
                .in(locale);
    }
}
