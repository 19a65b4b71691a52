package io.shinrai.disclosure.excel;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.Item;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.SharedNote;
import io.shinrai.disclosure.excel.JahisUnmapped.Reason;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads one checklist sheet below its column headers: heading rows, numbered item rows and the shared notes.
 * With a known catalogue, item numbers are the catalogue's refs and text is taken over exactly as written, so that
 * Shinrai's own workbooks read back to the disclosure they were written from. Without one, the catalogue is made
 * from the rows.
 */
final class JahisFormReader {

    /** Far above any checklist; what lies below is reported, not read. */
    static final int MAX_ROWS = 5000;
    private static final Set<String> NOTES_HEADINGS = Set.of(SheetText.key(JahisLayout.SHARED_NOTES_HEADING),
            SheetText.key("共通注記"), SheetText.key("注記"), SheetText.key("notes"));

    private final Sheet sheet;
    private final JahisHeader header;
    private final Catalogue known;
    private final Map<String, Item> knownItems = new HashMap<>();
    private final JahisCatalogueDraft draft = new JahisCatalogueDraft();
    private final UnaryOperator<String> text;
    private final List<JahisUnmapped> unmapped = new ArrayList<>();
    private final Map<String, ItemAnswer> answers = new LinkedHashMap<>();
    private final Set<String> numbersSeen = new HashSet<>();
    private final List<SharedNote> notes = new ArrayList<>();
    private final SheetMerges merges;
    private boolean inNotes;

    /** @param known the catalogue the sheet answers, or null to make one from its rows */
    JahisFormReader(Sheet sheet, JahisHeader header, Catalogue known) {
        this.sheet = sheet;
        this.header = header;
        this.known = known;
        this.text = known != null ? JahisFormReader::exactly : JahisFormReader::stripped;
        this.merges = new SheetMerges(sheet, header.row(), header.row() + MAX_ROWS, header.number(),
                header.question(), header.answer(), header.remarks(), header.notes());
        if (known != null) {
            known.allItems().forEach(item -> knownItems.put(SheetText.key(item.ref()), item));
        }
    }

    /** The import; empty when a sheet without a known catalogue has no numbered rows. */
    Optional<JahisImport> read(String documentId, List<JahisUnmapped> earlier) {
        unmapped.addAll(earlier);
        JahisBasicsBlock basics = new JahisBasicsBlock(sheet,
                known == null ? List.of() : known.options(), text, unmapped);
        basics.read(header.row());
        int last = Math.min(sheet.getLastRowNum(), header.row() + MAX_ROWS);
        for (int index = header.row() + 1; index <= last; index++) {
            Row row = sheet.getRow(index);
            if (row != null) {
                row(row);
            }
        }
        if (sheet.getLastRowNum() > last) {
            int firstNotRead = last + 2;
            unmapped.add(new JahisUnmapped(sheet.getSheetName(), firstNotRead, "A" + firstNotRead, "",
                    Reason.ROWS_NOT_READ));
        }
        if (known == null && draft.isEmpty()) {
            return Optional.empty();
        }
        boolean seeNotes = answers.values().stream().anyMatch(answer -> answer.answer() == Answer.SEE_NOTES);
        Catalogue catalogue = known != null ? known
                : draft.build(basics.title().orElse(sheet.getSheetName()),
                        seeNotes ? AnswerScheme.MDS2 : AnswerScheme.YES_NO_NA);
        Disclosure disclosure = new Disclosure(documentId != null ? documentId : basics.documentId(),
                catalogue.id(), catalogue.version(), basics.basics(), basics.optionsInUse(), answers, notes);
        return Optional.of(new JahisImport(catalogue, known == null, disclosure, unmapped));
    }

    private void row(Row row) {
        String number = role(row, header.number());
        String answer = role(row, header.answer());
        String remarks = role(row, header.remarks());
        String noteNumbers = role(row, header.notes());
        int first = firstFilled(row);
        if (first < 0) {
            return;
        }
        String firstText = SheetText.raw(row.getCell(first));
        if (inNotes) {
            note(row, number, first == header.number() ? firstFilled(row, first + 1) : first);
        } else if (merges.continuesFromLeft(row.getRowNum(), header.answer())
                || (number.isBlank() && answer.isBlank() && remarks.isBlank() && noteNumbers.isBlank())) {
            heading(firstText.strip());
        } else if (number.isBlank()) {
            report(row, !answer.isBlank() ? header.answer() : !remarks.isBlank() ? header.remarks() : header.notes(),
                    Reason.NO_NUMBER);
        } else {
            item(row, number, answer, remarks, noteNumbers);
        }
    }

    private void heading(String title) {
        if (NOTES_HEADINGS.contains(SheetText.key(title))) {
            inNotes = true;
        } else if (known == null) {
            draft.section(title);
        }
    }

    private void item(Row row, String number, String answerText, String remarks, String noteNumbers) {
        String ref = known != null ? knownRef(row, number) : newItem(row, number);
        if (ref == null) {
            return;
        }
        boolean freeText = known != null && knownItems.get(SheetText.key(ref)).answers() == AnswerScheme.TEXT;
        String given = known != null && answerText.equals(JahisLayout.NOT_ASKED) ? "" : answerText;
        Answer answer = freeText || given.isBlank() ? null : recognised(row, given);
        ItemAnswer taken = new ItemAnswer(answer, freeText ? text.apply(given) : null, text.apply(remarks),
                noteNumbers(row, noteNumbers));
        if (taken.isAnswered() || taken.hasRemarks() || !taken.notes().isEmpty()) {
            answers.put(ref, taken);
        }
    }

    /** The catalogue's ref for the row's item number; null, reported, for an unknown or repeated number. */
    private String knownRef(Row row, String number) {
        Item item = knownItems.get(SheetText.key(number));
        if (item == null) {
            report(row, header.number(), Reason.UNKNOWN_ITEM);
            return null;
        }
        if (!numbersSeen.add(SheetText.key(item.ref()))) {
            report(row, header.number(), Reason.NUMBER_REPEATED);
            return null;
        }
        return item.ref();
    }

    /** Adds the row to the catalogue being made, its number as ref; null, reported, when it cannot be an item. */
    private String newItem(Row row, String number) {
        String ref = refOf(number);
        String question = role(row, header.question()).strip();
        Reason problem = null;
        if (ref.isEmpty()) {
            problem = Reason.NO_NUMBER;
        } else if (!numbersSeen.add(SheetText.key(ref))) {
            problem = Reason.NUMBER_REPEATED;
        } else if (question.isEmpty()) {
            problem = Reason.NO_QUESTION;
        }
        if (problem != null) {
            report(row, header.number(), problem);
            return null;
        }
        draft.item(ref, question);
        return ref;
    }

    private Answer recognised(Row row, String given) {
        Optional<Answer> answer = JahisAnswerWords.answer(given);
        if (answer.isEmpty()) {
            report(row, header.answer(), Reason.ANSWER_NOT_RECOGNISED);
        }
        return answer.orElse(null);
    }

    private List<Integer> noteNumbers(Row row, String numbers) {
        List<Integer> parsed = new ArrayList<>();
        for (String number : SheetText.key(numbers).split("[,、;]+")) {
            if (number.isEmpty()) {
                continue;
            }
            if (!number.matches("\\d{1,6}")) {
                report(row, header.notes(), Reason.NOTE_NOT_RECOGNISED);
                return List.of();
            }
            parsed.add(Integer.parseInt(number));
        }
        return parsed;
    }

    private void note(Row row, String number, int textColumn) {
        String digits = SheetText.key(number).replaceFirst("^(注記|note)", "");
        if (!digits.matches("\\d{1,6}") || textColumn < 0) {
            report(row, header.number(), Reason.NOTE_NOT_RECOGNISED);
            return;
        }
        notes.add(new SharedNote(Integer.parseInt(digits), text.apply(SheetText.raw(row.getCell(textColumn)))));
    }

    /** A cell's text in its role's column; "" for no such column and for a cell that a merged cell covers. */
    private String role(Row row, int column) {
        if (column < 0 || merges.continuesFromLeft(row.getRowNum(), column)) {
            return "";
        }
        return SheetText.raw(row.getCell(column));
    }

    private void report(Row row, int column, Reason reason) {
        String value = column < 0 ? "" : SheetText.raw(row.getCell(column));
        unmapped.add(new JahisUnmapped(sheet.getSheetName(), row.getRowNum() + 1,
                new CellReference(row.getRowNum(), Math.max(column, 0)).formatAsString(), value, reason));
    }

    private static int firstFilled(Row row) {
        return firstFilled(row, 0);
    }

    private static int firstFilled(Row row, int from) {
        for (int column = from; column < JahisHeader.SEARCH_COLUMNS; column++) {
            if (!SheetText.raw(row.getCell(column)).isBlank()) {
                return column;
            }
        }
        return -1;
    }

    /** An item number as people write it, made a ref: "１３．１" and "13.1." are 13.1. */
    private static String refOf(String number) {
        return Normalizer.normalize(number, Normalizer.Form.NFKC).replaceAll("\\s+", "").replaceAll("\\.+$", "");
    }

    private static String exactly(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
