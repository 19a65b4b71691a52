package io.shinrai.server.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Files are taken for what their content is, and only when their name says the same. */
class FileKindTest {

    @Test
    void officeFilesAreToldApartByTheirParts() throws IOException {
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        try (XSSFWorkbook excel = new XSSFWorkbook()) {
            excel.createSheet("台帳");
            excel.write(workbook);
        }

        assertThat(FileKind.of(workbook.toByteArray(), "台帳.xlsx")).contains(FileKind.XLSX);
        assertThat(FileKind.of(zip("[Content_Types].xml", "word/document.xml"), "報告書.docx")).contains(FileKind.DOCX);
        assertThat(FileKind.of(zip("[Content_Types].xml", "word/document.xml"), "報告書.xlsx")).isEmpty();
        assertThat(FileKind.of(zip("payload.exe"), "報告書.docx")).isEmpty();
    }

    @Test
    void textIsUtf8OrShiftJisWithoutControlCharacters() {
        byte[] shiftJis = "名称,区分\r\n電子カルテ,電子カルテ\r\n".getBytes(Charset.forName("windows-31j"));

        assertThat(FileKind.of(shiftJis, "台帳.CSV")).contains(FileKind.CSV);
        assertThat(FileKind.of("確認しました。\n".getBytes(StandardCharsets.UTF_8), "メモ.txt")).contains(FileKind.TEXT);
        assertThat(FileKind.of(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}, "メモ.txt")).isEmpty();
    }

    @Test
    void imagesAndPdfMustBeNamedAsWhatTheyAre() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

        assertThat(FileKind.of(png, "写真.png")).contains(FileKind.PNG);
        assertThat(FileKind.of(png, "写真.pdf")).isEmpty();
        assertThat(FileKind.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}, "写真.JPG"))
                .contains(FileKind.JPEG);
        assertThat(FileKind.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "規程")).isEmpty();
    }

    private static byte[] zip(String... names) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return file.toByteArray();
    }
}
