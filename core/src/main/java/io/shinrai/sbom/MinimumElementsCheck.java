package io.shinrai.sbom;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the NTIA minimum elements while an SBOM is read, in memory that does not grow with the number of
 * components: a count per element and the first few components that lack it.
 */
public final class MinimumElementsCheck implements SbomVisitor {

    public static final int DEFAULT_EXAMPLES = 20;

    private final int examples;
    private final Map<MinimumElement, long[]> present = new EnumMap<>(MinimumElement.class);
    private final Map<MinimumElement, List<String>> missing = new EnumMap<>(MinimumElement.class);
    private long components;
    private long relationships;
    private SbomDocument document;

    public MinimumElementsCheck() {
        this(DEFAULT_EXAMPLES);
    }

    public MinimumElementsCheck(int examples) {
        this.examples = examples;
        for (MinimumElement element : MinimumElement.values()) {
            if (element.perComponent()) {
                present.put(element, new long[1]);
                missing.put(element, new ArrayList<>());
            }
        }
    }

    @Override
    public void component(Component component) {
        components++;
        present.forEach((element, count) -> {
            if (element.isIn(component)) {
                count[0]++;
            } else if (missing.get(element).size() < examples) {
                missing.get(element).add(component.ref() != null ? component.ref() : component.displayName());
            }
        });
    }

    @Override
    public void relationship(Relationship relationship) {
        relationships++;
    }

    @Override
    public void document(SbomDocument read) {
        this.document = read;
    }

    /** The report, once the whole file has been read. */
    public MinimumElementsReport report() {
        if (document == null) {
            throw new IllegalStateException("the SBOM has not been read to its end");
        }
        List<ElementCoverage> coverage = new ArrayList<>();
        present.forEach((element, count) -> coverage.add(
                new ElementCoverage(element, count[0], components - count[0], missing.get(element))));
        List<String> authors = new ArrayList<>(document.authors());
        document.tools().forEach(tool -> authors.add("Tool: " + tool));
        List<DocumentElement> documentElements = List.of(
                new DocumentElement(MinimumElement.RELATIONSHIPS, relationships > 0,
                        relationships > 0 ? String.valueOf(relationships) : null),
                new DocumentElement(MinimumElement.AUTHOR, !authors.isEmpty(),
                        authors.isEmpty() ? null : String.join(", ", authors)),
                new DocumentElement(MinimumElement.TIMESTAMP, document.timestamp() != null,
                        document.timestamp() == null ? null
                                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(document.timestamp())));
        return new MinimumElementsReport(components, coverage, documentElements);
    }
}
