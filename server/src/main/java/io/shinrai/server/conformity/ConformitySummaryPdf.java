package io.shinrai.server.conformity;

import io.shinrai.catalog.Item;
import io.shinrai.catalog.Section;
import io.shinrai.pdf.Column;
import io.shinrai.pdf.EmbeddedFont;
import io.shinrai.pdf.PageFlow;
import io.shinrai.pdf.PageFrame;
import io.shinrai.pdf.Row;
import io.shinrai.server.conformity.ConformityPapers.Contents;
import io.shinrai.server.web.Labels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The conformity summary on A4 with the font embedded: the facts of the version, completeness per clause, then
 * each activity with its status, person responsible and the names of its evidence.
 */
final class ConformitySummaryPdf {

    private static final float TITLE_SIZE = 14;

    private ConformitySummaryPdf() {
    }

    static byte[] write(Contents contents) throws IOException {
        Labels labels = contents.labels();
        VersionConformity conformity = contents.conformity();
        try (PDDocument document = new PDDocument()) {
            EmbeddedFont font = EmbeddedFont.load(document);
            PageFrame frame = new PageFrame(font, conformity.product().name() + " " + conformity.version().version()
                    + "　" + contents.title() + "　" + contents.preparedOn());
            PageFlow flow = new PageFlow(document, font, frame, first -> first);
            float width = PageFrame.width();
            flow.title(contents.title(), TITLE_SIZE);
            flow.space(PageFlow.TEXT_SIZE);
            flow.table(List.of(new Column("", width * 0.3f, false), new Column("", width * 0.7f, false)), false);
            for (List<String> fact : contents.facts()) {
                flow.row(new Row(fact, 0, false));
            }
            flow.space(PageFlow.TEXT_SIZE * 2);
            flow.title(labels.get("conformity.sheet.clauses"), PageFlow.TEXT_SIZE + 2);
            flow.table(List.of(new Column(labels.get("conformity.section"), width * 0.3f, false),
                    new Column(labels.get("conformity.clauses"), width * 0.45f, false),
                    new Column(labels.get("conformity.completeness"), width * 0.25f, false)), true);
            for (Section section : conformity.catalogue().sections()) {
                flow.row(Row.of(contents.section(section), Clauses.of(section.references()),
                        contents.completeness(conformity.progress(section))));
            }
            flow.space(PageFlow.TEXT_SIZE * 2);
            flow.title(labels.get("conformity.sheet.activities"), PageFlow.TEXT_SIZE + 2);
            flow.table(List.of(new Column(labels.get("catalogue.ref"), width * 0.07f, false),
                    new Column(labels.get("conformity.activity"), width * 0.43f, false),
                    new Column(labels.get("conformity.statusLabel"), width * 0.1f, false),
                    new Column(labels.get("conformity.responsible"), width * 0.14f, false),
                    new Column(labels.get("conformity.evidence"), width * 0.26f, false)), true);
            for (Section section : conformity.catalogue().sections()) {
                flow.heading(contents.section(section) + "　" + Clauses.of(section.references()));
                for (Item item : section.allItems()) {
                    ActivityRecord activity = conformity.activity(item.ref());
                    flow.row(Row.of(item.ref(), item.text().in(labels.locale()), contents.status(item),
                            activity.responsibleName() == null ? "" : activity.responsibleName(),
                            contents.evidence(item)));
                }
            }
            flow.finish();
            frame.stamp(document);
            document.getDocumentInformation().setTitle(contents.title());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
