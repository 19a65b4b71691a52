package io.shinrai.sla;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Writes the SLA as a Word document the parties can still edit before they sign it. */
public final class SlaDocxWriter {

    private static final int TITLE_POINTS = 16;
    private static final int TEXT_POINTS = 10;

    public void write(SlaDocument sla, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.getProperties().getCoreProperties().setTitle(sla.title());
            paragraph(document, sla.title(), TITLE_POINTS, true, ParagraphAlignment.CENTER);
            paragraph(document, sla.parties(), TEXT_POINTS, false, ParagraphAlignment.CENTER);
            List<SlaDocument.Clause> clauses = sla.clauses();
            for (int index = 0; index < clauses.size(); index++) {
                SlaDocument.Clause clause = clauses.get(index);
                paragraph(document, SlaArticles.heading(sla.locale(), index + 1, clause.heading()), TEXT_POINTS + 1,
                        true, ParagraphAlignment.LEFT);
                for (int line = 0; line < clause.paragraphs().size(); line++) {
                    String text = clause.paragraphs().get(line);
                    paragraph(document, clause.listed() ? (line + 1) + ". " + text : text, TEXT_POINTS, false,
                            ParagraphAlignment.LEFT);
                }
            }
            document.write(out);
        }
    }

    private static void paragraph(XWPFDocument document, String text, int points, boolean bold,
                                  ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(points * 10);
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(points);
    }
}
