package io.shinrai.disclosure.pdf;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueOption;
import io.shinrai.catalog.Item;
import io.shinrai.catalog.Section;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.SharedNote;
import io.shinrai.pdf.Column;
import io.shinrai.pdf.PageFlow;
import io.shinrai.pdf.PageFrame;
import io.shinrai.pdf.Row;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the printable view of a disclosure shows, in the order of the print sheet of the JAHIS-style workbook:
 * the catalogue's title, the basic information, the options in use, each section with its items, and the shared
 * notes. An item that an option not in use switches off is shown muted and says so, and still shows what was
 * answered to it, if anything.
 */
final class PrintableView {

    private static final float TITLE_SIZE = 14f;
    /** A value longer than this is shortened in the page header; the basic information shows it in full. */
    private static final int HEADER_VALUE_LENGTH = 40;
    private static final float REF_WIDTH = 60f;
    private static final float ANSWER_WIDTH = 58f;
    private static final float LABEL_WIDTH = 130f;

    private final Catalogue catalogue;
    private final Disclosure disclosure;
    private final Locale locale;
    private final Set<Item> asked;

    PrintableView(Catalogue catalogue, Disclosure disclosure, Locale locale) {
        this.catalogue = catalogue;
        this.disclosure = disclosure;
        this.locale = locale;
        this.asked = new HashSet<>(disclosure.askedItems(catalogue));
    }

    String title() {
        return catalogue.title().in(locale);
    }

    /** 製造業者, 製品名称, バージョン and 作成日, for the header of every page. */
    String pageHeader() {
        BasicInformation basics = disclosure.basics();
        return String.join("   ",
                label(PdfLabel.vendor(catalogue)) + ": " + shortened(orNotGiven(basics.vendor())),
                label(PdfLabel.product(catalogue)) + ": " + shortened(orNotGiven(basics.product())),
                label(PdfLabel.VERSION) + ": " + shortened(orNotGiven(basics.productVersion())),
                label(PdfLabel.CREATED_ON) + ": " + createdOn());
    }

    /** What the first column says where an item goes on after a page break. */
    String continued(String ref) {
        return PdfLabel.CONTINUED.in(locale, ref);
    }

    void layOut(PageFlow flow) throws IOException {
        flow.title(title(), TITLE_SIZE);
        flow.space(TITLE_SIZE / 2);
        basics(flow);
        options(flow);
        flow.space(PageFlow.TEXT_SIZE);
        flow.table(itemColumns(), true);
        for (Section section : catalogue.sections()) {
            flow.heading(section.title().in(locale));
            for (Item item : section.items()) {
                item(flow, item, 0, null);
            }
        }
        notes(flow);
    }

    private void basics(PageFlow flow) throws IOException {
        BasicInformation basics = disclosure.basics();
        flow.table(labelledColumns(), false);
        flow.row(Row.of(label(PdfLabel.CREATED_ON), createdOn()));
        flow.row(Row.of(label(PdfLabel.vendor(catalogue)), orNotGiven(basics.vendor())));
        flow.row(Row.of(label(PdfLabel.product(catalogue)), orNotGiven(basics.product())));
        flow.row(Row.of(label(PdfLabel.VERSION), orNotGiven(basics.productVersion())));
        flow.row(Row.of(label(PdfLabel.DOCUMENT_ID), orNotGiven(disclosure.documentId())));
    }

    private void options(PageFlow flow) throws IOException {
        if (catalogue.options().isEmpty()) {
            return;
        }
        flow.space(PageFlow.TEXT_SIZE);
        flow.table(labelledColumns(), false);
        flow.heading(label(PdfLabel.OPTIONS_HEADING));
        for (CatalogueOption option : catalogue.options()) {
            Answer inUse = disclosure.optionsInUse().contains(option.id()) ? Answer.YES : Answer.NO;
            flow.row(Row.of(option.label().in(locale), inUse.label().in(locale)));
        }
    }

    /** @param switchedOffBy the option not in use that switches off a parent of the item, null if none does */
    private void item(PageFlow flow, Item item, int depth, String switchedOffBy) throws IOException {
        String offBy = switchedOffBy != null ? switchedOffBy
                : item.condition().filter(option -> !disclosure.optionsInUse().contains(option)).orElse(null);
        boolean isAsked = asked.contains(item);
        ItemAnswer answer = disclosure.answerTo(item.ref()).orElse(null);
        List<String> remarks = new ArrayList<>();
        if (answer != null && answer.hasRemarks()) {
            remarks.add(answer.remarks());
        }
        if (answer != null && !answer.notes().isEmpty()) {
            remarks.add(PdfLabel.NOTE_REFERENCES.in(locale,
                    answer.notes().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        if (!isAsked) {
            remarks.add(PdfLabel.NOT_ASKED.in(locale, catalogue.optionLabel(offBy).in(locale)));
        }
        flow.row(new Row(List.of(item.ref(), item.text().in(locale), shownAnswer(answer, isAsked),
                String.join("\n", remarks)), depth, !isAsked));
        for (Item child : item.children()) {
            item(flow, child, depth + 1, offBy);
        }
    }

    private void notes(PageFlow flow) throws IOException {
        if (disclosure.notes().isEmpty()) {
            return;
        }
        flow.space(PageFlow.TEXT_SIZE);
        flow.table(List.of(new Column("", REF_WIDTH, false), new Column("", PageFrame.width() - REF_WIDTH, false)),
                false);
        flow.heading(label(PdfLabel.SHARED_NOTES_HEADING));
        for (SharedNote note : disclosure.notes().stream().sorted(Comparator.comparingInt(SharedNote::number))
                .toList()) {
            flow.row(Row.of(String.valueOf(note.number()), Objects.toString(note.text(), "")));
        }
    }

    /** はい, いいえ, 対象外 or the text given; 未回答 only for an item that is asked and not yet answered. */
    private String shownAnswer(ItemAnswer answer, boolean isAsked) {
        if (answer != null && answer.answer() != null) {
            return answer.answer().label().in(locale);
        }
        if (answer != null && answer.isAnswered()) {
            return answer.text();
        }
        return label(isAsked ? PdfLabel.NOT_ANSWERED : PdfLabel.NOT_ASKED_MARK);
    }

    private List<Column> itemColumns() {
        float rest = PageFrame.width() - REF_WIDTH - ANSWER_WIDTH;
        float question = Math.round(rest * 0.55f);
        return List.of(
                new Column(label(PdfLabel.REF), REF_WIDTH, false),
                new Column(label(PdfLabel.QUESTION), question, true),
                new Column(label(PdfLabel.ANSWER), ANSWER_WIDTH, false),
                new Column(label(PdfLabel.REMARKS), rest - question, false));
    }

    private static List<Column> labelledColumns() {
        return List.of(new Column("", LABEL_WIDTH, false), new Column("", PageFrame.width() - LABEL_WIDTH, false));
    }

    private String createdOn() {
        return disclosure.basics().createdOn() == null ? label(PdfLabel.NOT_GIVEN)
                : PdfLabel.date(disclosure.basics().createdOn(), locale);
    }

    private String orNotGiven(String text) {
        return text == null || text.isBlank() ? label(PdfLabel.NOT_GIVEN) : text;
    }

    private static String shortened(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.codePointCount(0, flat.length()) <= HEADER_VALUE_LENGTH ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, HEADER_VALUE_LENGTH - 1)) + "…";
    }

    private String label(PdfLabel label) {
        return label.in(locale);
    }
}
