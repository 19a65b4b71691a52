package io.shinrai.sbom;

import java.util.List;

/**
 * How many components have one minimum element and how many lack it, with the first of those that lack it named
 * ({@code missingExamples}, at most as many as the check was asked to keep).
 */
public record ElementCoverage(MinimumElement element, long present, long missing, List<String> missingExamples) {

    public ElementCoverage {
        missingExamples = List.copyOf(missingExamples);
    }
}
