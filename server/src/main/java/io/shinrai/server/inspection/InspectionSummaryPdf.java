package io.shinrai.server.inspection;

import io.shinrai.pdf.Column;
import io.shinrai.pdf.EmbeddedFont;
import io.shinrai.pdf.PageFlow;
import io.shinrai.pdf.PageFrame;
import io.shinrai.pdf.Row;
import io.shinrai.server.gap.Portfolio;
import io.shinrai.server.web.Labels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The one-page-or-so summary an inspector reads first: the figures, the critical-infrastructure systems one by one,
 * and the date and the person responsible, on A4 with the font embedded.
 */
final class InspectionSummaryPdf {

    private static final float TITLE_SIZE = 14;

    private InspectionSummaryPdf() {
    }

    static byte[] write(InspectionContents contents, Labels labels) throws IOException {
        try (PDDocument document = new PDDocument()) {
            EmbeddedFont font = EmbeddedFont.load(document);
            PageFrame frame = new PageFrame(font, contents.hospital().name() + "　" + labels.get("inspection.title")
                    + "　" + contents.preparedOn());
            PageFlow flow = new PageFlow(document, font, frame, first -> first);
            flow.title(labels.get("inspection.title"), TITLE_SIZE);
            flow.space(PageFlow.TEXT_SIZE);
            float width = PageFrame.width();
            flow.table(List.of(new Column("", width * 0.4f, false), new Column("", width * 0.6f, false)), false);
            for (List<String> fact : InspectionFacts.of(contents, labels)) {
                flow.row(Row.of(fact.get(0), fact.get(1)));
            }
            flow.space(PageFlow.TEXT_SIZE * 2);
            flow.title(labels.get("dashboard.critical"), PageFlow.TEXT_SIZE + 2);
            flow.table(List.of(new Column(labels.get("inventory.name"), width * 0.35f, false),
                    new Column(labels.get("inventory.vendor"), width * 0.35f, false),
                    new Column(labels.get("gap.statusLabel"), width * 0.3f, false)), true);
            for (Portfolio.Row row : contents.portfolio().rows()) {
                if (row.critical()) {
                    flow.row(Row.of(row.system().entry().name(), nonNull(row.system().entry().vendor()),
                            labels.get("gap.status." + row.status())));
                }
            }
            flow.space(PageFlow.TEXT_SIZE * 3);
            flow.title(labels.get("inspection.signature", contents.responsiblePerson(), contents.preparedOn()),
                    PageFlow.TEXT_SIZE + 1);
            flow.finish();
            frame.stamp(document);
            document.getDocumentInformation().setTitle(labels.get("inspection.title"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
