package io.shinrai.server.conformity;

import io.shinrai.catalog.Item;
import io.shinrai.catalog.Section;
import io.shinrai.server.conformity.ConformityPapers.Contents;
import io.shinrai.server.web.Labels;
import io.shinrai.server.web.TableSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook a quality department files: the facts of the version, completeness per clause, and one row per
 * activity with its clause, status, person responsible, evidence and remarks.
 */
final class ConformityWorkbook {

    private ConformityWorkbook() {
    }

    static byte[] write(Contents contents) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            summary(workbook, contents);
            clauses(workbook, contents);
            activities(workbook, contents);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void summary(XSSFWorkbook workbook, Contents contents) {
        Labels labels = contents.labels();
        TableSheet sheet = new TableSheet(workbook, labels.get("conformity.sheet.summary"),
                labels.list("conformity.fact", "conformity.value"), List.of(28, 70));
        contents.facts().forEach(sheet::add);
        sheet.finish();
    }

    private static void clauses(XSSFWorkbook workbook, Contents contents) {
        Labels labels = contents.labels();
        TableSheet sheet = new TableSheet(workbook, labels.get("conformity.sheet.clauses"), labels.list(
                "conformity.section", "conformity.clauses", "conformity.status.DONE",
                "conformity.status.NOT_APPLICABLE", "conformity.status.IN_PROGRESS", "conformity.status.NOT_STARTED",
                "conformity.total", "conformity.percent", "conformity.unconfirmed"),
                List.of(24, 40, 8, 8, 8, 8, 8, 10, 14));
        for (Section section : contents.conformity().catalogue().sections()) {
            Progress progress = contents.conformity().progress(section);
            sheet.add(List.of(contents.section(section), Clauses.of(section.references()),
                    String.valueOf(progress.done()), String.valueOf(progress.notApplicable()),
                    String.valueOf(progress.inProgress()), String.valueOf(progress.notStarted()),
                    String.valueOf(progress.total()), progress.percent() + "%", String.valueOf(progress.carriedOver())));
        }
        sheet.finish();
    }

    private static void activities(XSSFWorkbook workbook, Contents contents) {
        Labels labels = contents.labels();
        TableSheet sheet = new TableSheet(workbook, labels.get("conformity.sheet.activities"), labels.list(
                "catalogue.ref", "conformity.section", "conformity.activity", "conformity.clauses",
                "conformity.statusLabel", "conformity.responsible", "conformity.evidence", "conformity.remarks",
                "conformity.updated", "conformity.carriedOverFrom"),
                List.of(6, 16, 50, 24, 9, 14, 36, 36, 22, 10));
        VersionConformity conformity = contents.conformity();
        for (Section section : conformity.catalogue().sections()) {
            for (Item item : section.allItems()) {
                ActivityRecord activity = conformity.activity(item.ref());
                sheet.add(List.of(item.ref(), contents.section(section), item.text().in(labels.locale()),
                        Clauses.of(item.references()), contents.status(item), nonNull(activity.responsibleName()),
                        contents.evidence(item), nonNull(activity.remarks()),
                        activity.recorded() ? activity.updatedBy() + " " + contents.displayTime()
                                .format(activity.updatedAt()) : "",
                        nonNull(activity.carriedOverVersion())));
            }
        }
        sheet.finish();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
