package io.shinrai.risk.excel;

import static io.shinrai.risk.excel.RiskWorkbookLayout.*;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.disclosure.excel.UnreadableWorkbookException;
import io.shinrai.disclosure.excel.WorkbookInput;
import io.shinrai.disclosure.excel.WorkbookRefusal;
import io.shinrai.risk.Assessment;
import io.shinrai.risk.AssessmentVocabulary;
import io.shinrai.risk.AssetValue;
import io.shinrai.risk.Control;
import io.shinrai.risk.Exposure;
import io.shinrai.risk.InvalidRiskDataException;
import io.shinrai.risk.Responsibility;
import io.shinrai.risk.RiskRow;
import io.shinrai.risk.RiskTerm;
import io.shinrai.risk.Treatment;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the risk list of a workbook written by {@link RiskWorkbookWriter} back into a draft of its assessment. The
 * whole list is taken or none of it: any problem refuses the file with every problem, each naming its row of the
 * sheet, in Japanese and English. Risk values and tiers in the sheet are ignored; the method computes them.
 */
public final class RiskWorkbookReader {

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");

    private final AssessmentVocabulary vocabulary;

    public RiskWorkbookReader(AssessmentVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param draft the assessment the workbook was exported from, as a draft; an accepted one is refused before the
     *              file is read, since its changes belong in a new version
     * @return the draft with the workbook's rows
     * @throws InvalidRiskDataException     with every problem of the risk list
     * @throws UnreadableWorkbookException  when the file is not a plain .xlsx workbook
     */
    public Assessment read(InputStream in, Assessment draft) throws IOException, UnreadableWorkbookException {
        draft.requireDraft();
        try (XSSFWorkbook workbook = WorkbookInput.open(in)) {
            return read(workbook, draft);
        } catch (IllegalStateException | NumberFormatException | DateTimeException damaged) {
            // POI's answer to a cell whose stored type and content disagree, which no spreadsheet program writes
            throw new UnreadableWorkbookException(WorkbookRefusal.DAMAGED, damaged);
        }
    }

    private Assessment read(XSSFWorkbook workbook, Assessment draft) {
        List<LocalizedText> problems = new ArrayList<>();
        identity(workbook, draft, problems);
        Sheet sheet = workbook.getSheet(RISK_SHEET);
        List<RiskRow> rows = sheet == null ? List.of() : rows(sheet, draft, problems);
        if (sheet == null) {
            problems.add(new LocalizedText("シート「" + RISK_SHEET + "」がありません。",
                    "the workbook has no sheet \"" + RISK_SHEET + "\""));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRiskDataException(problems);
        }
        Assessment read = draft.withRows(rows);
        vocabulary.check(read);
        return read;
    }

    private static void identity(XSSFWorkbook workbook, Assessment draft, List<LocalizedText> problems) {
        Sheet method = workbook.getSheet(METHOD_SHEET);
        String id = null;
        if (method != null) {
            for (int r = 0; r <= Math.min(method.getLastRowNum(), 20) && id == null; r++) {
                Row row = method.getRow(r);
                if (row != null && ASSESSMENT_ID.equals(text(row, 0))) {
                    id = text(row, 1);
                }
            }
        }
        if (id == null) {
            problems.add(new LocalizedText("シート「" + METHOD_SHEET + "」に" + ASSESSMENT_ID + "がありません。",
                    "the sheet \"" + METHOD_SHEET + "\" does not name the assessment"));
        } else if (!id.equals(draft.id())) {
            problems.add(new LocalizedText("このブックはアセスメント「" + id + "」のものです（読み込み先: " + draft.id() + "）。",
                    "this workbook belongs to assessment \"" + id + "\", not \"" + draft.id() + "\""));
        }
    }

    private List<RiskRow> rows(Sheet sheet, Assessment draft, List<LocalizedText> problems) {
        Row header = sheet.getRow(HEADER_ROW);
        for (int column = 0; column < HEADERS.size(); column++) {
            String found = header == null ? "" : text(header, column);
            if (!HEADERS.get(column).equals(found)) {
                problems.add(new LocalizedText((HEADER_ROW + 1) + "行目: " + (column + 1) + "列目の見出しは「"
                        + HEADERS.get(column) + "」のはずが「" + found + "」です。", "row " + (HEADER_ROW + 1) + ": column "
                        + (column + 1) + " should be headed \"" + HEADERS.get(column) + "\", not \"" + found + "\""));
                return List.of();
            }
        }
        if (sheet.getLastRowNum() - FIRST_ROW + 1 > MAX_ROWS) {
            problems.add(new LocalizedText("リスクが " + MAX_ROWS + " 行を超えています。",
                    "more than " + MAX_ROWS + " risk rows"));
            return List.of();
        }
        List<RiskRow> rows = new ArrayList<>();
        for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !blank(row)) {
                new RowReading(row, draft, problems).read().ifPresent(rows::add);
            }
        }
        return rows;
    }

    /** One row of the sheet: every cell read, every problem kept, a risk row only when there was none. */
    private final class RowReading {

        private final Row row;
        private final Assessment draft;
        private final List<LocalizedText> problems;
        private final LocalizedText where;
        private boolean broken;

        RowReading(Row row, Assessment draft, List<LocalizedText> problems) {
            this.row = row;
            this.draft = draft;
            this.problems = problems;
            int number = row.getRowNum() + 1;
            this.where = new LocalizedText(number + "行目", "row " + number);
        }

        Optional<RiskRow> read() {
            String id = required(ID);
            String asset = term(ASSET, draft.catalogue().assets());
            AssetValue value = new AssetValue(level(CONFIDENTIALITY), level(INTEGRITY), level(AVAILABILITY));
            String threat = term(THREAT, draft.catalogue().threats());
            String vulnerability = term(VULNERABILITY, draft.catalogue().vulnerabilities());
            Exposure inherent = new Exposure(level(INHERENT_THREAT), level(INHERENT_VULNERABILITY));
            Exposure residual = new Exposure(level(RESIDUAL_THREAT), level(RESIDUAL_VULNERABILITY));
            List<Control> controls = Arrays.stream(text(row, CONTROLS).split("[,、，\\s]+"))
                    .filter(written -> !written.isBlank()).map(Control::parse).toList();
            Responsibility responsibility = labelled(RESPONSIBILITY, Responsibility.values(), Responsibility::label);
            Treatment treatment = labelled(TREATMENT, Treatment.values(), Treatment::label);
            LocalDate due = date(DUE);
            if (broken) {
                return Optional.empty();
            }
            List<LocalizedText> outOfScale = draft.method().problems(value, inherent, residual, where);
            problems.addAll(outOfScale);
            if (!outOfScale.isEmpty()) {
                return Optional.empty();
            }
            RiskRow read = new RiskRow(id, asset, value, threat, vulnerability, inherent, controls, residual,
                    responsibility, treatment, text(row, OWNER), due);
            List<LocalizedText> unknown = vocabulary.problems(read, draft.catalogue()).stream()
                    .map(problem -> new LocalizedText(where.ja() + "（" + problem.ja() + "）",
                            where.en() + " (" + problem.en() + ")"))
                    .toList();
            problems.addAll(unknown);
            return unknown.isEmpty() ? Optional.of(read) : Optional.empty();
        }

        private void problem(int column, String ja, String en) {
            broken = true;
            problems.add(new LocalizedText(where.ja() + " " + HEADERS.get(column) + ": " + ja,
                    where.en() + ", " + HEADERS.get(column) + ": " + en));
        }

        private String required(int column) {
            String text = text(row, column);
            if (text.isEmpty()) {
                problem(column, "入力してください。", "required");
            }
            return text;
        }

        /** A name from the list, or its id. */
        private String term(int column, List<RiskTerm> terms) {
            String written = required(column);
            if (written.isEmpty()) {
                return written;
            }
            for (RiskTerm term : terms) {
                if (term.name().ja().equals(written) || term.name().en().equals(written) || term.id().equals(written)) {
                    return term.id();
                }
            }
            problem(column, "「" + written + "」は一覧にありません（シート「" + METHOD_SHEET + "」の一覧から選んでください）。",
                    "\"" + written + "\" is not in the list (choose from the sheet \"" + METHOD_SHEET + "\")");
            return written;
        }

        private int level(int column) {
            Cell cell = row.getCell(column);
            String written = text(row, column);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                double number = cell.getNumericCellValue();
                if (number == Math.rint(number) && Math.abs(number) < 1000) {
                    return (int) number;
                }
            } else if (written.matches("[0-9]{1,3}")) {
                return Integer.parseInt(written);
            }
            problem(column, written.isEmpty() ? "段階の数値を入力してください。" : "「" + written + "」は段階の数値ではありません。",
                    written.isEmpty() ? "a level is required" : "\"" + written + "\" is not a level");
            return 0;
        }

        private <E> E labelled(int column, E[] choices, Function<E, LocalizedText> label) {
            String written = required(column);
            for (E choice : choices) {
                if (label.apply(choice).ja().equals(written) || label.apply(choice).en().equalsIgnoreCase(written)) {
                    return choice;
                }
            }
            if (!written.isEmpty()) {
                List<String> names = Arrays.stream(choices).map(choice -> label.apply(choice).ja()).toList();
                problem(column, "「" + written + "」は使えません（" + String.join("、", names) + "）。",
                        "\"" + written + "\" is not one of " + String.join(", ", names));
            }
            return null;
        }

        private LocalDate date(int column) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
                    && DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String written = text(row, column);
            if (written.isEmpty()) {
                return null;
            }
            try {
                return written.contains("/") ? LocalDate.parse(written, SLASHED) : LocalDate.parse(written);
            } catch (DateTimeParseException e) {
                problem(column, "「" + written + "」は日付として読めません（例: 2027/03/31）。",
                        "\"" + written + "\" is not a date (e.g. 2027/03/31)");
                return null;
            }
        }
    }

    private static boolean blank(Row row) {
        for (int column = 0; column < HEADERS.size(); column++) {
            if (!text(row, column).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : new DataFormatter().formatCellValue(cell).strip();
    }
}
