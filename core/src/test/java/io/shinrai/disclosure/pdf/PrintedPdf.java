package io.shinrai.disclosure.pdf;

import io.shinrai.catalog.Catalogue;
import io.shinrai.disclosure.Disclosure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A disclosure written as PDF, read back as a reader sees it: the text of each page and the fonts. */
record PrintedPdf(byte[] bytes, List<String> pages, List<String> pagesInReadingOrder, List<PDFont> fonts) {

    static PrintedPdf of(Catalogue catalogue, Disclosure disclosure, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DisclosurePdfWriter(locale).write(catalogue, disclosure, out);
        return read(out.toByteArray());
    }

    static PrintedPdf read(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<String> pages = new ArrayList<>();
            List<String> inReadingOrder = new ArrayList<>();
            List<PDFont> fonts = new ArrayList<>();
            for (int number = 1; number <= document.getNumberOfPages(); number++) {
                pages.add(text(document, number, true));
                inReadingOrder.add(text(document, number, false));
                PDPage page = document.getPage(number - 1);
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            return new PrintedPdf(bytes, pages, inReadingOrder, fonts);
        }
    }

    /** All pages' text; lines as they are on the paper, a table row's cells side by side. */
    String text() {
        return String.join("\n", pages);
    }

    /** The first line of the table row of the item {@code ref}: ref, question, answer and 備考 side by side. */
    Optional<String> rowOf(String ref) {
        return text().lines().filter(line -> line.startsWith(ref + " ")).findFirst();
    }

    static String withoutWhitespace(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String text(PDDocument document, int page, boolean byPosition) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(byPosition);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
