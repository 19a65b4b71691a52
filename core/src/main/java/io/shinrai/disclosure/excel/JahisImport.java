package io.shinrai.disclosure.excel;

import io.shinrai.catalog.Catalogue;
import io.shinrai.disclosure.Disclosure;
import java.util.List;

/**
 * What was read from a JAHIS-style workbook: the filled disclosure, the catalogue it answers, and every cell that
 * could not be taken over. {@code catalogueFromWorkbook} tells a catalogue made from the workbook's own rows (for
 * a form Shinrai does not know) from one the installation already has.
 */
public record JahisImport(Catalogue catalogue, boolean catalogueFromWorkbook, Disclosure disclosure,
        List<JahisUnmapped> unmapped) {

    public JahisImport {
        unmapped = List.copyOf(unmapped);
    }

    /** Whether everything in the workbook was taken over. */
    public boolean isComplete() {
        return unmapped.isEmpty();
    }
}
