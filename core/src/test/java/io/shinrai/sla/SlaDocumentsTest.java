package io.shinrai.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SLA made from structured terms, read back from the .docx by POI and by LibreOffice, and from the PDF by
 * poppler's pdftotext; the peers are skipped, with the reason printed, where they are not installed.
 */
class SlaDocumentsTest {

    private static final SlaTerms TERMS = new SlaTerms("CT リモート保守", "信頼メディカル株式会社", "さくら総合病院",
            LocalTime.of(8, 30), LocalTime.of(18, 0), true, 15, 4, 12, 24, MedicalInformation.NO_ACCESS,
            Subcontracting.NOT_ALLOWED, 60, DataOnTermination.RETURN_THEN_DELETE_WITH_CERTIFICATE,
            List.of("保守用端末を二要素認証で保護する。"), List.of("接続を作業ごとに承認する。"));

    @TempDir
    Path folder;

    @Test
    void theJapaneseDocxHoldsEveryTermInItsArticle() throws Exception {
        String text = docxText(docx(Locale.JAPANESE));

        assertThat(text).contains("リモート保守サービスレベル合意書", "信頼メディカル株式会社（事業者）と さくら総合病院（医療機関）",
                "第2条（サービス時間）", "月曜日から金曜日の 8:30〜18:00", "15 分以内", "4 時間以内", "12 時間以内に医療機関へ通知",
                "1. 保守用端末を二要素認証で保護する。", "1. 接続を作業ごとに承認する。", "24 か月保存", "医療情報を表示せず",
                "第三者に委託しない", "60 日前まで", "消去証明書");
    }

    @Test
    void theEnglishAlternativeSaysTheSameInEnglish() throws Exception {
        String text = docxText(docx(Locale.ENGLISH));

        assertThat(text).contains("Remote Maintenance Service Level Agreement", "Article 2. Service hours",
                "Monday to Friday, 8:30 to 18:00", "within 15 minutes", "within 12 hours", "for 24 months",
                "does not subcontract", "60 days in advance", "certificate of erasure");
    }

    @Test
    void termsThatMakeNoAgreementAreRefusedWithEveryReason() {
        assertThatThrownBy(() -> new SlaTerms("CT", "信頼", null, LocalTime.of(18, 0), LocalTime.of(9, 0), true, 0,
                8, 24, 12, MedicalInformation.NO_ACCESS, Subcontracting.NOT_ALLOWED, 90, DataOnTermination.RETURN,
                List.of(" "), List.of("承認する。")))
                .isInstanceOfSatisfying(InvalidSlaTermsException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.ja()).containsExactly(
                                "サービス時間は開始を終了より前にしてください。", "一次回答までの時間（分）は 1〜1440 にしてください（0）。",
                                "事業者と医療機関それぞれのセキュリティ上の義務を 1 つ以上書いてください。"));
    }

    @Test
    void libreOfficeReadsTheDocx() throws Exception {
        Path soffice = installed("/usr/bin/soffice", "/usr/bin/libreoffice");
        // the Writer component, which a Calc-only installation lacks (Debian package libreoffice-writer)
        installed("/usr/lib/libreoffice/program/libswlo.so");
        Path docx = folder.resolve("sla.docx");
        Files.write(docx, docx(Locale.JAPANESE));

        run(List.of(soffice.toString(), "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--headless",
                "--convert-to", "txt:Text (encoded):UTF8", "--outdir", folder.toString(), docx.toString()));
        String text = Files.readString(folder.resolve("sla.txt"), StandardCharsets.UTF_8);

        assertThat(text).contains("第1条（目的）", "CT リモート保守", "第10条（終了とデータの返却）", "消去証明書");
    }

    @Test
    void pdftotextReadsThePdf() throws Exception {
        Path pdftotext = installed("/usr/bin/pdftotext");
        Path pdf = folder.resolve("sla.pdf");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SlaPdfWriter().write(SlaDocument.of(TERMS, Locale.JAPANESE), out);
        Files.write(pdf, out.toByteArray());

        run(List.of(pdftotext.toString(), pdf.toString(), folder.resolve("sla.txt").toString()));
        String text = Files.readString(folder.resolve("sla.txt"), StandardCharsets.UTF_8);

        assertThat(text).contains("リモート保守サービスレベル合意書", "第3条（対応と復旧の目標）", "15 分以内");
    }

    private static byte[] docx(Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SlaDocxWriter().write(SlaDocument.of(TERMS, locale), out);
        return out.toByteArray();
    }

    private static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }

    private static Path installed(String... candidates) {
        Optional<Path> found = Stream.of(candidates).map(Path::of).filter(Files::exists).findFirst();
        Assumptions.assumeTrue(found.isPresent(), String.join(" or ", candidates) + " is not installed");
        return found.get();
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }
}
