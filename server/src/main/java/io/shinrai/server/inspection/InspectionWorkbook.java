package io.shinrai.server.inspection;

import io.shinrai.catalog.Item;
import io.shinrai.hospital.Gap;
import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.LedgerWorkbook;
import io.shinrai.server.attachment.Attachment;
import io.shinrai.server.checklist.ChecklistAnswer;
import io.shinrai.server.checklist.ChecklistForm;
import io.shinrai.server.checklist.VendorForms.SystemVendorForm;
import io.shinrai.server.gap.RiskEvaluation;
import io.shinrai.server.gap.SystemGaps;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.inventory.ReceivedDisclosure;
import io.shinrai.server.web.DisplayTime;
import io.shinrai.server.web.Labels;
import io.shinrai.server.web.TableSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The workbook of the papers for an inspection: a summary sheet, the ledger, every disclosure received, every gap
 * with its risk evaluation, and the latest checklists — the hospital's own and each system's vendor form.
 */
@Component
class InspectionWorkbook {

    private final MessageSource messages;
    private final DisplayTime displayTime;

    InspectionWorkbook(MessageSource messages, DisplayTime displayTime) {
        this.messages = messages;
        this.displayTime = displayTime;
    }

    byte[] write(InspectionContents contents, Locale locale) throws IOException {
        Labels labels = new Labels(messages, locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            summary(workbook, contents, labels);
            Set<LedgerEntry> critical = contents.systems().stream()
                    .filter(system -> system.critical(contents.hospital())).map(InventorySystem::entry)
                    .collect(Collectors.toSet());
            LedgerWorkbook.addSheet(workbook, contents.systems().stream().map(InventorySystem::entry).toList(),
                    critical::contains, locale);
            received(workbook, contents, labels);
            gaps(workbook, contents, labels);
            hospitalChecklist(workbook, contents, labels);
            vendorChecklists(workbook, contents, labels);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private void summary(XSSFWorkbook workbook, InspectionContents contents, Labels labels) {
        TableSheet sheet = new TableSheet(workbook, labels.get("inspection.sheet.summary"),
                List.of(labels.get("inspection.item"), labels.get("inspection.value")), List.of(40, 60));
        for (List<String> fact : InspectionFacts.of(contents, labels)) {
            sheet.add(fact);
        }
        sheet.finish();
    }

    private void received(XSSFWorkbook workbook, InspectionContents contents, Labels labels) {
        TableSheet sheet = new TableSheet(workbook, labels.get("inspection.sheet.received"), labels.list(
                "inventory.name", "inventory.vendor", "disclosure.document", "disclosure.catalogue",
                "disclosure.revision", "disclosure.product", "disclosure.productVersion", "intake.receivedAt",
                "intake.source"), List.of(24, 24, 28, 24, 6, 24, 12, 18, 30));
        for (ReceivedDisclosure received : contents.received()) {
            var basics = received.document().basics();
            sheet.add(List.of(contents.systemName(received), nonNull(received.publisher()),
                    received.document().documentId(),
                    received.document().catalogueId() + " " + received.document().catalogueVersion(),
                    received.revision() == null ? "" : String.valueOf(received.revision()),
                    nonNull(basics.product()), nonNull(basics.productVersion()),
                    displayTime.format(received.receivedAt()),
                    received.fromShare() ? labels.get("intake.sharedBy", received.publisher())
                            : labels.get("intake.fileNamed", received.fileName())));
        }
        sheet.finish();
    }

    private void gaps(XSSFWorkbook workbook, InspectionContents contents, Labels labels) {
        TableSheet sheet = new TableSheet(workbook, labels.get("inspection.sheet.gaps"), labels.list(
                "inventory.name", "inventory.critical", "disclosure.catalogue", "catalogue.ref", "catalogue.question",
                "gap.answer", "gap.vendorRemarks", "gap.kind", "evaluation.statusLabel", "evaluation.decision",
                "evaluation.rationale", "evaluation.controls", "evaluation.owner", "evaluation.dueOn",
                "evaluation.nextReviewOn", "evaluation.who", "evaluation.when"),
                List.of(20, 8, 18, 8, 40, 8, 30, 20, 10, 12, 36, 30, 14, 11, 11, 14, 16));
        contents.gaps().forEach((system, disclosures) -> {
            for (SystemGaps disclosure : disclosures) {
                for (Gap gap : disclosure.report().gaps()) {
                    RiskEvaluation evaluation = disclosure.evaluationOf(gap).orElse(null);
                    sheet.add(List.of(system.entry().name(),
                            system.critical(contents.hospital()) ? labels.get("inventory.yes") : "",
                            disclosure.catalogue().id() + " " + disclosure.catalogue().version(), gap.ref(),
                            gap.text().in(labels.locale()),
                            gap.answer() == null ? labels.get("disclosure.unanswered")
                                    : gap.answer().label().in(labels.locale()),
                            nonNull(gap.remarks()), gap.kind().description().in(labels.locale()),
                            labels.get("evaluation.status." + (evaluation == null ? "NONE" : evaluation.status())),
                            evaluation == null ? "" : labels.get("evaluation.decision." + evaluation.decision()),
                            evaluation == null ? "" : evaluation.rationale(),
                            evaluation == null ? "" : nonNull(evaluation.controls()),
                            evaluation == null ? "" : nonNull(evaluation.owner()),
                            evaluation == null || evaluation.dueOn() == null ? "" : evaluation.dueOn().toString(),
                            evaluation == null || evaluation.nextReviewOn() == null ? ""
                                    : evaluation.nextReviewOn().toString(),
                            evaluation == null ? "" : evaluation.recordedByName(),
                            evaluation == null ? "" : displayTime.format(evaluation.recordedAt())));
                }
            }
        });
        sheet.finish();
    }

    private void hospitalChecklist(XSSFWorkbook workbook, InspectionContents contents, Labels labels) {
        TableSheet sheet = new TableSheet(workbook, labels.get("inspection.sheet.hospitalChecklist"),
                checklistHeadings(labels, false), List.of(8, 50, 8, 12, 12, 36, 30));
        contents.hospitalChecklist().ifPresent(form -> {
            for (Item item : form.catalogue().allItems()) {
                sheet.add(checklistRow(form, item, labels, List.of()));
            }
        });
        sheet.finish();
    }

    private void vendorChecklists(XSSFWorkbook workbook, InspectionContents contents, Labels labels) {
        TableSheet sheet = new TableSheet(workbook, labels.get("inspection.sheet.vendorChecklists"),
                checklistHeadings(labels, true), List.of(20, 20, 8, 50, 8, 12, 12, 36, 30));
        for (SystemVendorForm vendorForm : contents.vendorForms()) {
            InventorySystem system = vendorForm.system();
            if (!vendorForm.present()) {
                sheet.add(List.of(system.entry().name(), nonNull(system.entry().vendor()), "",
                        labels.get("inspection.noVendorForm"), "", "", "", "", ""));
                continue;
            }
            for (Item item : vendorForm.form().catalogue().allItems()) {
                sheet.add(checklistRow(vendorForm.form(), item, labels,
                        List.of(system.entry().name(), nonNull(system.entry().vendor()))));
            }
        }
        sheet.finish();
    }

    private static List<String> checklistHeadings(Labels labels, boolean perSystem) {
        List<String> headings = new ArrayList<>();
        if (perSystem) {
            headings.addAll(labels.list("inventory.name", "inventory.vendor"));
        }
        headings.addAll(labels.list("catalogue.ref", "catalogue.question", "gap.answer", "inspection.checkedOn",
                "inspection.targetOn", "disclosure.remarks", "inspection.evidence"));
        return headings;
    }

    private static List<String> checklistRow(ChecklistForm form, Item item, Labels labels, List<String> leading) {
        ChecklistAnswer answer = form.answerTo(item.ref());
        List<String> row = new ArrayList<>(leading);
        row.addAll(List.of(item.ref(), item.text().in(labels.locale()),
                answer.isAnswered() ? answer.answer().label().in(labels.locale()) : labels.get("disclosure.unanswered"),
                answer.checkedOn() == null ? "" : answer.checkedOn().toString(),
                answer.targetOn() == null ? "" : answer.targetOn().toString(), nonNull(answer.remarks()),
                form.evidenceFor(item.ref()).stream().map(Attachment::fileName).collect(Collectors.joining("\n"))));
        return row;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
