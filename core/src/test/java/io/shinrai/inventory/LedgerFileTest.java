package io.shinrai.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.disclosure.file.UnusableFileException;
import io.shinrai.testing.Openpyxl;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerFileTest {

    private static final LedgerEntry EMR = new LedgerEntry("電子カルテ（本院）", SystemCategory.ELECTRONIC_MEDICAL_RECORD,
            "さくらメディカルシステムズ株式会社", "SakuraEMR", "7.2", "医療情報部", "サーバ室A", "VLAN 10", true,
            "IP-VPN（閉域網）", LocalDate.of(2021, 4, 1), "情報 太郎");
    private static final LedgerEntry CT = new LedgerEntry("CT装置 1号機", SystemCategory.MODALITY, "東都メディカル",
            "TX-CT 512", "3.0", "放射線部", "CT室1", "VLAN 20", false, null, null, "=HYPERLINK(\"http://x\")");
    private static final List<LedgerEntry> LEDGER = List.of(EMR, CT);

    @Test
    void aWorkbookWrittenByShinraiReadsBackAsTheSameLedgerInEitherLanguage() throws Exception {
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            LedgerWorkbook.write(LEDGER, entry -> entry == EMR, locale, file);

            LedgerImport read = new LedgerReader().read(file.toByteArray());

            assertThat(read.problems()).isEmpty();
            assertThat(read.entries()).containsExactlyElementsOf(LEDGER);
        }
    }

    @Test
    void formulaLookingTextStaysTextInTheWorkbookAndInCsv() throws Exception {
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        LedgerWorkbook.write(LEDGER, entry -> false, Locale.JAPANESE, workbook);
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook.toByteArray()))) {
            var owner = read.getSheetAt(0).getRow(2).getCell(LedgerColumn.OWNER.ordinal());
            assertThat(owner.getCellType()).isEqualTo(CellType.STRING);
            assertThat(owner.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(owner.getCellStyle().getQuotePrefixed()).as("stays text when edited").isTrue();
        }

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        LedgerCsv.write(LEDGER, entry -> false, Locale.JAPANESE, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains("'=HYPERLINK").startsWith("\ufeff名称,区分");
        assertThat(new LedgerReader().read(csv.toByteArray()).entries()).containsExactlyElementsOf(LEDGER);
    }

    @Test
    void csvSavedByJapaneseExcelInShiftJisIsRead() throws Exception {
        String csv = "名称,区分,導入日,リモート保守\r\n手術部門システム,手術部門,2019/10/1,有\r\n";

        LedgerImport read = new LedgerReader().read(csv.getBytes(Charset.forName("windows-31j")));

        assertThat(read.problems()).isEmpty();
        LedgerEntry surgery = read.entries().get(0);
        assertThat(surgery.name()).isEqualTo("手術部門システム");
        assertThat(surgery.category()).isEqualTo(SystemCategory.SURGERY);
        assertThat(surgery.installedOn()).isEqualTo(LocalDate.of(2019, 10, 1));
        assertThat(surgery.remoteMaintenance()).isTrue();
    }

    @Test
    void everyBadRowIsNamedWithWhatIsWrongAndTheGoodRowsAreKeptApart() throws Exception {
        String csv = """
                名称,区分,導入日
                PACS,PACS,2020/04/01
                ,電子カルテ,
                検査システム,検査装置,2020/13/01
                PACS,PACS,
                """;

        LedgerImport read = new LedgerReader().read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(read.usable()).isFalse();
        assertThat(read.entries()).extracting(LedgerEntry::name).containsExactly("PACS");
        assertThat(read.problems()).extracting(problem -> problem.in(Locale.JAPANESE)).containsExactly(
                "3行目: 名称がありません。",
                "4行目: 区分「検査装置」は使えません。使える区分: 電子カルテ、手術部門システム、集中治療部門システム、オーダリング、"
                        + "PACS、モダリティ、部門システム、医事会計、ネットワーク機器、サーバ、端末、その他。",
                "4行目: 導入日「2020/13/01」は日付として読めません（例: 2024/04/01）。",
                "5行目: 2行目と名称が重複しています。");
        assertThat(read.problems().get(0).in(Locale.ENGLISH)).isEqualTo("row 3: the name is missing.");
    }

    @Test
    void aLedgerKeptInAnotherToolIsReadByItsHeadingsWhateverTheirOrder(@TempDir Path folder) throws Exception {
        Optional<String> python = Openpyxl.python();
        Assumptions.assumeTrue(python.isPresent(), "python3 with openpyxl (Debian python3-openpyxl) missing: skipped");
        Path workbook = folder.resolve("ledger.xlsx");
        String script = """
                import datetime, sys, openpyxl
                book = openpyxl.Workbook()
                sheet = book.active
                sheet.title = "台帳"
                sheet.append(["病院情報システム一覧（2026年度）"])
                sheet.append([])
                sheet.append(["№", "区分", "名称", "備考欄", "導入日", "リモート保守", "製造業者・サービス事業者"])
                sheet.append([1, "ＥＭＲ", "電子カルテ", "更新予定", datetime.date(2021, 4, 1), "○", "さくら"])
                sheet.append([2, "ネットワーク機器", "コアスイッチ", None, "2018年7月2日", "×", None])
                book.save(sys.argv[1])
                """;
        Process openpyxl = new ProcessBuilder(python.get(), "-c", script, workbook.toString())
                .redirectErrorStream(true).start();
        assertThat(openpyxl.waitFor()).as(new String(openpyxl.getInputStream().readAllBytes())).isZero();

        LedgerImport read = new LedgerReader().read(Files.readAllBytes(workbook));

        assertThat(read.problems()).isEmpty();
        assertThat(read.entries()).containsExactly(
                new LedgerEntry("電子カルテ", SystemCategory.ELECTRONIC_MEDICAL_RECORD, "さくら", null, null, null,
                        null, null, true, null, LocalDate.of(2021, 4, 1), null),
                new LedgerEntry("コアスイッチ", SystemCategory.NETWORK_DEVICE, null, null, null, null, null, null,
                        false, null, LocalDate.of(2018, 7, 2), null));
    }

    @Test
    void aFileWithoutLedgerHeadingsIsRefusedClearly() {
        assertThatThrownBy(() -> new LedgerReader().read("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnusableFileException.class)
                .extracting(thrown -> ((UnusableFileException) thrown).reason().ja())
                .asString().contains("台帳の見出し行が見つかりません");
    }
}
