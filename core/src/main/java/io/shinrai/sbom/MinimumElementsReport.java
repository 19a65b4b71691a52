package io.shinrai.sbom;

import java.util.List;

/**
 * The NTIA minimum elements of one SBOM: per component element, how many components have it and which lack it;
 * per document element, whether the document has it.
 */
public record MinimumElementsReport(long components, List<ElementCoverage> componentElements,
        List<DocumentElement> documentElements) {

    public MinimumElementsReport {
        componentElements = List.copyOf(componentElements);
        documentElements = List.copyOf(documentElements);
    }

    /** Every component has every component element, and the document has its own. */
    public boolean complete() {
        return componentElements.stream().allMatch(coverage -> coverage.missing() == 0)
                && documentElements.stream().allMatch(DocumentElement::present);
    }
}
