package io.shinrai.inventory;

import io.shinrai.disclosure.excel.TextCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The ledger as CSV for Excel: UTF-8 with a byte order mark so that Excel shows Japanese, and any cell that Excel
 * would take for a formula guarded by a leading apostrophe, which reading removes again.
 */
public final class LedgerCsv {

    private LedgerCsv() {
    }

    public static void write(List<LedgerEntry> entries, Predicate<LedgerEntry> critical, Locale locale,
                             OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
        csv.printRecord(LedgerLine.headings(locale));
        for (LedgerEntry entry : entries) {
            csv.printRecord(LedgerLine.cells(entry, critical.test(entry), locale).stream().map(LedgerCsv::protect)
                    .toList());
        }
        csv.flush();
    }

    static String protect(String cell) {
        return TextCells.startsLikeFormula(cell) ? "'" + cell : cell;
    }

    static String unprotect(String cell) {
        return cell.startsWith("'") && TextCells.startsLikeFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }
}
