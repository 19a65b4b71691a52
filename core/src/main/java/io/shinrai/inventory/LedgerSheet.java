package io.shinrai.inventory;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.disclosure.excel.SheetText;
import io.shinrai.disclosure.excel.UnreadableWorkbookException;
import io.shinrai.disclosure.excel.WorkbookInput;
import io.shinrai.disclosure.excel.WorkbookRefusal;
import io.shinrai.disclosure.file.UnusableFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of a ledger file as text, whether it is a workbook or CSV, each with the row number the person sees in
 * their spreadsheet. CSV comes as Excel saves it: UTF-8 (with or without BOM) or, from Japanese Excel, Shift_JIS.
 */
final class LedgerSheet {

    /** A row's number as shown in the spreadsheet, and its cells as text ("" when blank). */
    record TextRow(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index).strip() : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    static final int MAX_ROWS = 10_000;
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private LedgerSheet() {
    }

    static List<TextRow> rows(byte[] bytes) throws UnusableFileException {
        if (bytes.length > WorkbookInput.MAX_BYTES) {
            throw new UnusableFileException(WorkbookRefusal.TOO_LARGE.message(), null);
        }
        return looksLikeZip(bytes) ? workbookRows(bytes) : csvRows(bytes);
    }

    private static List<TextRow> workbookRows(byte[] bytes) throws UnusableFileException {
        try (XSSFWorkbook workbook = WorkbookInput.open(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw tooManyRows();
            }
            List<TextRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(row.getLastCellNum(), 0); column++) {
                    cells.add(SheetText.raw(row.getCell(column)));
                }
                rows.add(new TextRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (UnreadableWorkbookException e) {
            throw new UnusableFileException(e.refusal().message(), e);
        } catch (IOException e) {
            throw new UnusableFileException(WorkbookRefusal.DAMAGED.message(), e);
        }
    }

    private static List<TextRow> csvRows(byte[] bytes) throws UnusableFileException {
        List<TextRow> rows = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(decode(bytes)))) {
                if (rows.size() > MAX_ROWS) {
                    throw tooManyRows();
                }
                List<String> cells = new ArrayList<>();
                record.forEach(cell -> cells.add(LedgerCsv.unprotect(cell)));
                rows.add(new TextRow((int) record.getRecordNumber(), cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            throw new UnusableFileException(new LocalizedText("CSV として読めません（引用符の対応などを確認してください）。",
                    "This cannot be read as CSV (check the quotes)."), malformed);
        }
        return rows;
    }

    /** UTF-8 when the bytes are valid UTF-8, Shift_JIS (as Japanese Excel saves CSV) otherwise. */
    private static String decode(byte[] bytes) {
        int bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, bom, bytes.length - bom);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(content).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, SHIFT_JIS);
        }
    }

    private static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static UnusableFileException tooManyRows() {
        return new UnusableFileException(new LocalizedText("行が多すぎます（" + MAX_ROWS + "行まで）。",
                "Too many rows (at most " + MAX_ROWS + ")."), null);
    }
}
