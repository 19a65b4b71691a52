package io.shinrai.disclosure.excel;

import static io.shinrai.disclosure.excel.JahisWorkbookRoundTripTest.everything;
import static io.shinrai.disclosure.excel.JahisWorkbookRoundTripTest.written;
import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.Catalogue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported workbook printed by a real spreadsheet program: LibreOffice (Debian's libreoffice-calc) converts it
 * to PDF and poppler's pdftotext reads the PDF back. Skipped, with the reason printed, where either is missing.
 */
class JahisWorkbookLibreOfficeTest {

    private static final long MAX_TEXT_BYTES = 1024 * 1024;

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void thePrintSheetShowsTheAnswersAndTheHeaderOnPaper() throws Exception {
        Path soffice = installed("/usr/bin/soffice", "/usr/bin/libreoffice");
        Path pdftotext = installed("/usr/bin/pdftotext");
        Catalogue catalogue = JahisWorkbookRoundTripTest.catalogue("/excel/example-sds.yaml");
        Path workbook = folder.resolve("disclosure.xlsx");
        Files.write(workbook, printSheetOnlyEditedAfterExport(written(catalogue, everything())));

        run(List.of(soffice.toString(), "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", folder.toString(), workbook.toString()));
        run(List.of(pdftotext.toString(), "-layout", folder.resolve("disclosure.pdf").toString(),
                folder.resolve("disclosure.txt").toString()));
        String printed = text(folder.resolve("disclosure.txt"));

        assertThat(printed).contains("サービス事業者: =信頼メディカル & サービス株式会社", "サービス名称: 画像保管サービス",
                "バージョン: +2.0", "作成日: 2025/04/01");
        assertThat(printed).contains("いいえ", "対象外", "—", "+81-3-0000-0000", "@保守端末のみが接続します。",
                "=HYPERLINK(\"http://example.invalid\",\"詳細\")", "=1+1", "-保守は年1回、事前に通知します。");
        assertThat(printed).as("an answer changed in the input sheet after export").contains("院内LANに接続します。");
        assertThat(printed.split("文書ID", -1)).as("only the print sheet is printed").hasSize(2);
    }

    /**
     * Changes a remark on the input sheet as someone editing in Excel would, without updating the print sheet's
     * stored results, and hides the input sheet, so that all the PDF shows comes from the print sheet's formulas.
     */
    private static byte[] printSheetOnlyEditedAfterExport(byte[] exported) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet input = workbook.getSheet(JahisLayout.INPUT_SHEET);
            for (Row row : input) {
                if (row.getCell(0) != null && "2.4".equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(JahisLayout.ANSWER).setCellValue("いいえ");
                    row.getCell(JahisLayout.REMARKS).setCellValue("院内LANに接続します。");
                }
            }
            workbook.setActiveSheet(workbook.getSheetIndex(JahisLayout.PRINT_SHEET));
            // LibreOffice prints a hidden sheet that has a print area
            workbook.removePrintArea(workbook.getSheetIndex(input));
            workbook.setSheetVisibility(workbook.getSheetIndex(input), SheetVisibility.HIDDEN);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Path installed(String... candidates) {
        Optional<Path> found = Stream.of(candidates).map(Path::of).filter(Files::isExecutable).findFirst();
        String reason = "skipped: " + String.join(" or ", candidates) + " is not installed (Debian packages "
                + "libreoffice-calc, poppler-utils, fonts-noto-cjk)";
        if (found.isEmpty()) {
            System.out.println(reason);
        }
        Assumptions.assumeTrue(found.isPresent(), reason);
        return found.orElseThrow();
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(folder, "command", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished && process.exitValue() == 0).as(command.get(0) + " failed:\n" + text(log)).isTrue();
    }

    private static String text(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes((int) MAX_TEXT_BYTES), StandardCharsets.UTF_8);
        }
    }
}
