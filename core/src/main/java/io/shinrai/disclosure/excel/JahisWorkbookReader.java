package io.shinrai.disclosure.excel;

import io.shinrai.catalog.Catalogue;
import io.shinrai.disclosure.excel.JahisUnmapped.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Imports a JAHIS-style checklist workbook. One that {@link JahisWorkbookWriter} wrote reads back to the same
 * disclosure; any other (an official form, a vendor's own) is read by its column headers, and gives a catalogue
 * made from its rows together with the filled disclosure. Every cell that could not be taken over is listed.
 */
public final class JahisWorkbookReader {

    private final BiFunction<String, String, Optional<Catalogue>> catalogues;

    /** @param catalogues finds a catalogue by id and version, such as {@code CatalogueLibrary::find} */
    public JahisWorkbookReader(BiFunction<String, String, Optional<Catalogue>> catalogues) {
        this.catalogues = catalogues;
    }

    /**
     * @throws UnreadableWorkbookException when the file is not a plain .xlsx (see {@link WorkbookInput})
     * @throws JahisFormNotFoundException  when no sheet has a checklist's column headers and numbered rows
     */
    public JahisImport read(InputStream in)
            throws UnreadableWorkbookException, JahisFormNotFoundException, IOException {
        try (XSSFWorkbook workbook = WorkbookInput.open(in)) {
            Optional<JahisIdentity> identity = JahisIdentity.readFrom(workbook);
            Catalogue known = identity.flatMap(id -> catalogues.apply(id.catalogueId(), id.catalogueVersion()))
                    .orElse(null);
            List<JahisUnmapped> earlier = new ArrayList<>();
            if (identity.isPresent() && known == null) {
                JahisIdentity id = identity.get();
                earlier.add(new JahisUnmapped(JahisIdentity.SHEET, 2, "B2",
                        id.catalogueId() + "@" + id.catalogueVersion(), Reason.UNKNOWN_CATALOGUE));
            }
            String documentId = identity.map(JahisIdentity::documentId).orElse(null);
            for (Sheet sheet : checklistSheetsFirst(workbook)) {
                Optional<JahisImport> read = JahisHeader.find(sheet)
                        .flatMap(header -> new JahisFormReader(sheet, header, known).read(documentId, earlier));
                if (read.isPresent()) {
                    return read.get();
                }
            }
            throw new JahisFormNotFoundException();
        }
    }

    /** The visible sheets, Shinrai's input sheet first: hidden sheets of a form hold lists, not answers. */
    private static List<Sheet> checklistSheetsFirst(XSSFWorkbook workbook) {
        List<Sheet> sheets = new ArrayList<>();
        for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
            if (workbook.getSheetVisibility(index) == SheetVisibility.VISIBLE) {
                Sheet sheet = workbook.getSheetAt(index);
                sheets.add(sheet.getSheetName().equals(JahisLayout.INPUT_SHEET) ? 0 : sheets.size(), sheet);
            }
        }
        return sheets;
    }
}
