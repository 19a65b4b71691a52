package io.shinrai.sla;

import io.shinrai.pdf.Column;
import io.shinrai.pdf.EmbeddedFont;
import io.shinrai.pdf.PageFlow;
import io.shinrai.pdf.PageFrame;
import io.shinrai.pdf.Row;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Writes the SLA as a PDF on A4 with the font embedded, for filing beside the signed copy. */
public final class SlaPdfWriter {

    private static final float TITLE_SIZE = 14;

    public void write(SlaDocument sla, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            EmbeddedFont font = EmbeddedFont.load(document);
            PageFrame frame = new PageFrame(font, sla.title() + "　" + sla.parties());
            PageFlow flow = new PageFlow(document, font, frame, first -> first);
            flow.title(sla.title(), TITLE_SIZE);
            flow.title(sla.parties(), PageFlow.TEXT_SIZE + 1);
            flow.space(PageFlow.TEXT_SIZE);
            flow.table(List.of(new Column("", PageFrame.width(), false)), false);
            List<SlaDocument.Clause> clauses = sla.clauses();
            for (int index = 0; index < clauses.size(); index++) {
                SlaDocument.Clause clause = clauses.get(index);
                flow.heading(SlaArticles.heading(sla.locale(), index + 1, clause.heading()));
                for (int line = 0; line < clause.paragraphs().size(); line++) {
                    String text = clause.paragraphs().get(line);
                    flow.row(Row.of(clause.listed() ? (line + 1) + ". " + text : text));
                }
            }
            flow.finish();
            frame.stamp(document);
            document.getDocumentInformation().setTitle(sla.title());
            document.getDocumentCatalog().setLanguage(sla.locale().getLanguage().equals("en") ? "en" : "ja");
            document.save(out);
        }
    }
}
