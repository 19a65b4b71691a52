package io.shinrai.server.conformity;

import io.shinrai.catalog.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Clause references as a quality department writes them: grouped by standard, e.g.
 * {@code IEC 81001-5-1 4.1.3, 5.1.1 / IEC 62443-4-1 SM-3}.
 */
public final class Clauses {

    private Clauses() {
    }

    public static String of(List<Reference> references) {
        Map<String, List<String>> byGuideline = new LinkedHashMap<>();
        references.forEach(reference -> byGuideline.computeIfAbsent(reference.guideline(), id -> new ArrayList<>())
                .add(reference.clause()));
        return byGuideline.entrySet().stream()
                .map(entry -> standard(entry.getKey()) + " " + String.join(", ", entry.getValue()))
                .collect(Collectors.joining(" / "));
    }

    /** A guideline id such as {@code iec-81001-5-1} as the standard's name, {@code IEC 81001-5-1}. */
    private static String standard(String guidelineId) {
        int dash = guidelineId.indexOf('-');
        return dash < 0 ? guidelineId.toUpperCase(Locale.ROOT)
                : guidelineId.substring(0, dash).toUpperCase(Locale.ROOT) + " " + guidelineId.substring(dash + 1);
    }
}
