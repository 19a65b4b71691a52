package io.shinrai.disclosure.excel;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.Item;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.SharedNote;
import io.shinrai.disclosure.excel.Mds2ImportProblem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an MDS2 2019 workbook in NEMA's layout (see {@link Mds2WorkbookWriter}) from any tool. The first sheet whose
 * name contains "MDS2" (in any case) is read; of its rows, those whose column A holds a question ID of the catalogue
 * are answers, and rows "Note N" are the shared notes. Titles, headers, section headings and blank rows are passed
 * over. Answers are recognised whatever their case, spacing or width ("yes", "NA", "n/a", "Ｎ／Ａ"); note references
 * may be "Note 1", "1" or "Note 1; Note 2". Whatever cannot be taken over is listed with its row in
 * {@link Mds2Import#problems()}, and the rest is imported. DOC-1, DOC-2/DOC-3 and DOC-7 fill the basic information.
 */
public final class Mds2WorkbookReader {

    private final Catalogue catalogue;
    private final Map<String, Item> itemsById;

    public Mds2WorkbookReader(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.itemsById = catalogue.allItems().stream()
                .collect(Collectors.toMap(item -> questionId(item.ref()), Function.identity()));
    }

    /**
     * @param documentId the id the imported disclosure is to have
     * @throws UnreadableWorkbookException when the file is not a plain .xlsx (see {@link WorkbookInput})
     * @throws Mds2LayoutException when the workbook has no MDS2 sheet, or the sheet no question ID of the catalogue
     */
    public Mds2Import read(InputStream in, String documentId)
            throws UnreadableWorkbookException, Mds2LayoutException, IOException {
        try (XSSFWorkbook workbook = WorkbookInput.open(in)) {
            Sheet sheet = mds2Sheet(workbook);
            SheetReading reading = new SheetReading();
            sheet.forEach(reading::row);
            if (reading.questionRows == 0) {
                throw Mds2LayoutException.noQuestionIds(sheet.getSheetName());
            }
            return reading.result(documentId, sheet.getSheetName());
        }
    }

    private static Sheet mds2Sheet(XSSFWorkbook workbook) throws Mds2LayoutException {
        List<String> names = new ArrayList<>();
        for (Sheet sheet : workbook) {
            if (Mds2Layout.isMds2SheetName(sheet.getSheetName())) {
                return sheet;
            }
            names.add(sheet.getSheetName());
        }
        throw Mds2LayoutException.noMds2Sheet(names);
    }

    private static String questionId(String text) {
        return Mds2Cells.normalized(text).toUpperCase(Locale.ROOT);
    }

    /** One pass over the sheet's rows, collecting answers, notes and problems. */
    private final class SheetReading {

        private final Map<String, ItemAnswer> answers = new LinkedHashMap<>();
        private final Map<String, Integer> answerRows = new HashMap<>();
        private final Map<Integer, String> notes = new TreeMap<>();
        private final List<Mds2ImportProblem> problems = new ArrayList<>();
        private int questionRows;

        void row(Row row) {
            int rowNumber = row.getRowNum() + 1;
            String id = questionId(Mds2Cells.text(row, Mds2Layout.ID));
            Item item = itemsById.get(id);
            Matcher note = Mds2Layout.NOTE_ROW.matcher(id);
            if (item != null) {
                questionRows++;
                answer(row, rowNumber, item);
            } else if (note.matches()) {
                note(row, rowNumber, Integer.parseInt(note.group(1)));
            } else if (Mds2Layout.QUESTION_ID.matcher(id).matches()) {
                problems.add(new Mds2ImportProblem(rowNumber, Kind.UNKNOWN_QUESTION_ID, null, id));
            }
        }

        private void answer(Row row, int rowNumber, Item item) {
            String cell = Mds2Cells.text(row, Mds2Layout.ANSWER);
            String references = Mds2Cells.text(row, Mds2Layout.NOTE);
            // a blank row is an unanswered question, or OTHR's section heading, whose code is also its item's ref
            if (cell.isEmpty() && references.isEmpty()) {
                return;
            }
            if (answerRows.containsKey(item.ref())) {
                problems.add(new Mds2ImportProblem(rowNumber, Kind.REPEATED_QUESTION, item.ref(), null));
                return;
            }
            answerRows.put(item.ref(), rowNumber);
            List<Integer> notes = Mds2NoteReferences.parse(references).orElseGet(() -> {
                problems.add(new Mds2ImportProblem(rowNumber, Kind.UNREADABLE_NOTE_REFERENCE, item.ref(), references));
                return List.of();
            });
            if (item.answers() == AnswerScheme.TEXT) {
                answers.put(item.ref(), new ItemAnswer(null, cell.isEmpty() ? null : cell, null, notes));
                return;
            }
            Optional<Answer> answer = Mds2Answers.parse(cell).filter(item.answers()::accepts);
            if (answer.isEmpty() && !cell.isEmpty()) {
                problems.add(new Mds2ImportProblem(rowNumber, Kind.UNKNOWN_ANSWER, item.ref(), cell));
            }
            answers.put(item.ref(), new ItemAnswer(answer.orElse(null), null, null, notes));
        }

        private void note(Row row, int rowNumber, int number) {
            String label = Mds2Layout.noteLabel(number);
            if (notes.containsKey(number)) {
                problems.add(new Mds2ImportProblem(rowNumber, Kind.REPEATED_NOTE, null, label));
                return;
            }
            // tools that merge B:D or leave B empty still put the text in one of the three
            String text = "";
            for (int column = Mds2Layout.QUESTION; column <= Mds2Layout.NOTE && text.isEmpty(); column++) {
                text = Mds2Cells.text(row, column);
            }
            notes.put(number, text);
        }

        Mds2Import result(String documentId, String sheetName) {
            answers.replaceAll((ref, answer) -> withoutMissingNotes(ref, answer));
            answers.values().removeIf(answer -> !answer.isAnswered() && answer.notes().isEmpty());
            checkReleaseDate();
            problems.sort(Comparator.comparingInt(Mds2ImportProblem::row));
            List<SharedNote> shared = notes.entrySet().stream()
                    .map(entry -> new SharedNote(entry.getKey(), entry.getValue())).toList();
            Disclosure disclosure = new Disclosure(documentId, catalogue.id(), catalogue.version(),
                    Mds2DocumentItems.basics(answers), Set.of(), answers, shared);
            return new Mds2Import(disclosure, sheetName, problems);
        }

        private ItemAnswer withoutMissingNotes(String ref, ItemAnswer answer) {
            List<Integer> kept = answer.notes().stream().filter(notes::containsKey).toList();
            answer.notes().stream().filter(number -> !notes.containsKey(number)).forEach(number -> problems.add(
                    new Mds2ImportProblem(answerRows.get(ref), Kind.MISSING_NOTE, ref, Mds2Layout.noteLabel(number))));
            return new ItemAnswer(answer.answer(), answer.text(), answer.remarks(), kept);
        }

        private void checkReleaseDate() {
            ItemAnswer date = answers.get(Mds2DocumentItems.RELEASE_DATE);
            if (date != null && date.text() != null && Mds2DocumentItems.releaseDate(date.text()).isEmpty()) {
                problems.add(new Mds2ImportProblem(answerRows.get(Mds2DocumentItems.RELEASE_DATE),
                        Kind.UNREADABLE_RELEASE_DATE, Mds2DocumentItems.RELEASE_DATE, date.text()));
            }
        }
    }
}
