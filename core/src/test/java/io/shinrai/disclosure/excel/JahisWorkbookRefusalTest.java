package io.shinrai.disclosure.excel;

import static io.shinrai.disclosure.excel.JahisWorkbookRoundTripTest.everything;
import static io.shinrai.disclosure.excel.JahisWorkbookRoundTripTest.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.shinrai.catalog.Catalogue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Files that are not plain .xlsx workbooks are refused before anything of them is read. */
class JahisWorkbookRefusalTest {

    static Catalogue catalogue;
    static byte[] plain;

    @BeforeAll
    static void export() throws Exception {
        catalogue = JahisWorkbookRoundTripTest.catalogue("/excel/example-sds.yaml");
        plain = written(catalogue, everything());
    }

    @Test
    void anOldExcelWorkbookIsNotAnXlsx() throws Exception {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("入力").createRow(0).createCell(0).setCellValue("項番");
            workbook.write(xls);
        }

        assertThat(refusalOf(xls.toByteArray())).isEqualTo(WorkbookRefusal.NOT_XLSX);
    }

    @Test
    void otherFilesAreNotAnXlsx() {
        assertThat(refusalOf("項番,質問,回答\n1.1,暗号化していますか,はい\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(WorkbookRefusal.NOT_XLSX);
        assertThat(refusalOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(WorkbookRefusal.NOT_XLSX);
        assertThat(refusalOf(new byte[0])).isEqualTo(WorkbookRefusal.NOT_XLSX);
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws Exception {
        POIFSFileSystem container = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("himitsu");
        try (OutputStream out = encryptor.getDataStream(container)) {
            out.write(plain);
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        container.writeFilesystem(encrypted);
        container.close();

        assertThat(refusalOf(encrypted.toByteArray())).isEqualTo(WorkbookRefusal.ENCRYPTED);
    }

    @Test
    void aMacroEnabledWorkbookIsRefused() throws Exception {
        ByteArrayOutputStream xlsm = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
            workbook.createSheet("入力").createRow(0).createCell(0).setCellValue("項番");
            workbook.write(xlsm);
        }

        assertThat(refusalOf(xlsm.toByteArray())).isEqualTo(WorkbookRefusal.MACRO_ENABLED);
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        byte[] bomb = rewritten(plain, "xl/media/padding.bin", null, out -> {
            byte[] zeros = new byte[1 << 20];
            for (int megabytes = 0; megabytes < 100; megabytes++) {
                out.write(zeros);
            }
        });
        assertThat(bomb.length).isLessThan(WorkbookInput.MAX_BYTES);

        assertThat(refusalOf(bomb)).isEqualTo(WorkbookRefusal.SUSPICIOUS);
    }

    @Test
    void aSheetThatDeclaresAnExternalEntityIsRefused() throws Exception {
        byte[] xxe = rewritten(plain, null, xml -> xml.replaceFirst("<worksheet",
                "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]><worksheet")
                .replaceFirst("<v>", "<v>&secret;"), null);

        assertThat(refusalOf(xxe)).isEqualTo(WorkbookRefusal.SUSPICIOUS);
    }

    private static WorkbookRefusal refusalOf(byte[] file) {
        JahisWorkbookReader reader = new JahisWorkbookReader((id, version) -> Optional.of(catalogue));
        UnreadableWorkbookException refused = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> reader.read(new ByteArrayInputStream(file)));
        assertThat(refused).as("refused, nothing returned").isNotNull();
        return refused.refusal();
    }

    /** Writes the entries of {@code xlsx} again, the first sheet's XML changed, and one entry added. */
    private static byte[] rewritten(byte[] xlsx, String addedEntry, UnaryOperator<String> firstSheet,
            EntryContent added) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (firstSheet != null && entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = firstSheet.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.write(content);
                out.closeEntry();
            }
            if (addedEntry != null) {
                out.putNextEntry(new ZipEntry(addedEntry));
                added.writeTo(out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private interface EntryContent {
        void writeTo(OutputStream out) throws IOException;
    }
}
