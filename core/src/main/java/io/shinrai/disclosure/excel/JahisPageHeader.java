package io.shinrai.disclosure.excel;

import io.shinrai.catalog.Catalogue;
import io.shinrai.disclosure.BasicInformation;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The page header printed on every page: who made the disclosure, for which product and version, and when. Its
 * parts are literal text; Excel reads '&' in a header as the start of a code (page number, font), so it is doubled.
 */
record JahisPageHeader(String left, String center, String right) {

    /** Excel refuses a header longer than 255 characters in all; each part keeps well below a third of it. */
    static final int PART_LENGTH = 80;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    static JahisPageHeader of(Catalogue catalogue, BasicInformation basics) {
        String created = basics.createdOn() == null ? "" : DATE.format(basics.createdOn());
        return new JahisPageHeader(
                JahisLayout.vendorLabel(catalogue) + ": " + orEmpty(basics.vendor()),
                JahisLayout.productLabel(catalogue) + ": " + orEmpty(basics.product()) + "  "
                        + JahisLayout.VERSION + ": " + orEmpty(basics.productVersion()),
                JahisLayout.CREATED_ON + ": " + created);
    }

    void applyTo(Sheet sheet) {
        Header header = sheet.getHeader();
        header.setLeft(literal(left));
        header.setCenter(literal(center));
        header.setRight(literal(right));
        sheet.getFooter().setCenter("&P / &N");
    }

    static String literal(String text) {
        String flat = text.replaceAll("[\\r\\n]+", " ");
        StringBuilder escaped = new StringBuilder();
        for (int codePoint : flat.codePoints().toArray()) {
            String next = codePoint == '&' ? "&&" : Character.toString(codePoint);
            if (escaped.length() + next.length() > PART_LENGTH) {
                break;
            }
            escaped.append(next);
        }
        return escaped.toString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
