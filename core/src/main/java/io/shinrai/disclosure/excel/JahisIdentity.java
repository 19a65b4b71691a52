package io.shinrai.disclosure.excel;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a workbook written by Shinrai answers: kept on a hidden sheet so that importing it back knows the catalogue
 * and the document without guessing from the visible text.
 */
record JahisIdentity(String catalogueId, String catalogueVersion, String documentId) {

    static final String SHEET = "_shinrai";
    static final String FORMAT = "shinrai-workbook/1";
    private static final int MAX_ROWS = 16;

    void writeTo(XSSFWorkbook workbook) {
        Sheet sheet = workbook.createSheet(SHEET);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("format", FORMAT);
        fields.put("catalogue", catalogueId);
        fields.put("catalogueVersion", catalogueVersion);
        fields.put("documentId", documentId);
        int index = 0;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            Row row = sheet.createRow(index++);
            row.createCell(0).setCellValue(field.getKey());
            if (field.getValue() != null) {
                row.createCell(1).setCellValue(field.getValue());
            }
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.HIDDEN);
    }

    /** The identity of a workbook that Shinrai wrote; empty for any other workbook. */
    static Optional<JahisIdentity> readFrom(XSSFWorkbook workbook) {
        Sheet sheet = workbook.getSheet(SHEET);
        if (sheet == null) {
            return Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        for (int index = 0; index < MAX_ROWS; index++) {
            Row row = sheet.getRow(index);
            if (row != null) {
                String value = SheetText.raw(row.getCell(1));
                fields.put(SheetText.raw(row.getCell(0)), value.isEmpty() ? null : value);
            }
        }
        if (!FORMAT.equals(fields.get("format")) || fields.get("catalogue") == null
                || fields.get("catalogueVersion") == null) {
            return Optional.empty();
        }
        return Optional.of(new JahisIdentity(fields.get("catalogue"), fields.get("catalogueVersion"),
                fields.get("documentId")));
    }
}
