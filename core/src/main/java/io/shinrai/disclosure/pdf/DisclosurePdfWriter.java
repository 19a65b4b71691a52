package io.shinrai.disclosure.pdf;

import io.shinrai.catalog.Catalogue;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.pdf.EmbeddedFont;
import io.shinrai.pdf.PageFlow;
import io.shinrai.pdf.PageFrame;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes the printable view of a disclosure as a PDF on A4 portrait, the same on every machine: the font travels
 * inside the file. Japanese by default; with an English locale the catalogue's English texts and English labels.
 */
public final class DisclosurePdfWriter {

    private final Locale locale;

    public DisclosurePdfWriter(Locale locale) {
        this.locale = locale;
    }

    public void write(Catalogue catalogue, Disclosure disclosure, OutputStream out) throws IOException {
        if (!disclosure.answers(catalogue)) {
            throw new IllegalArgumentException("the disclosure answers " + disclosure.catalogueId() + "@"
                    + disclosure.catalogueVersion() + ", not " + catalogue.key());
        }
        PrintableView view = new PrintableView(catalogue, disclosure, locale);
        try (PDDocument document = new PDDocument()) {
            EmbeddedFont font = EmbeddedFont.load(document);
            PageFrame frame = new PageFrame(font, view.pageHeader());
            PageFlow flow = new PageFlow(document, font, frame, view::continued);
            view.layOut(flow);
            flow.finish();
            frame.stamp(document);
            document.getDocumentInformation().setTitle(view.title());
            document.getDocumentCatalog().setLanguage("en".equals(locale.getLanguage()) ? "en" : "ja");
            document.save(out);
        }
    }
}
