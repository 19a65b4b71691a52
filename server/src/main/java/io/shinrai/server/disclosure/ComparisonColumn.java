package io.shinrai.server.disclosure;

import io.shinrai.catalog.Catalogue;

/**
 * One disclosure in a comparison, with what its column header needs: who it comes from and whether the
 * organisation received it or holds it as its own.
 */
public record ComparisonColumn(StoredDisclosure stored, Catalogue catalogue, String publisher, boolean received) {

    /**
     * The vendor as the disclosure names it; the publishing organisation when it does not. A hospital's own copy of
     * a vendor's workbook names the vendor, not the hospital.
     */
    public String vendor() {
        String named = stored.document().basics().vendor();
        return named == null || named.isBlank() ? publisher : named;
    }
}
