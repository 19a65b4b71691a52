package io.shinrai.disclosure.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TextCellsTest {

    @Test
    void textThatLooksLikeAFormulaStaysTextAndIsMarkedToStayTextWhenEdited() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle plain = workbook.createCellStyle();
            CellStyle keptAsText = workbook.createCellStyle();
            keptAsText.setQuotePrefixed(true);
            Row row = workbook.createSheet().createRow(0);
            String[] texts = {"=HYPERLINK(\"http://example.test\")", "+1", "-1", "@SUM(A1)", "\tx", "はい"};
            for (int i = 0; i < texts.length; i++) {
                TextCells.write(row.createCell(i), texts[i], plain, keptAsText);
            }

            for (int i = 0; i < texts.length; i++) {
                Cell cell = row.getCell(i);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(texts[i]);
                assertThat(cell.getCellStyle().getQuotePrefixed()).isEqualTo(i < texts.length - 1);
            }
        }
    }
}
