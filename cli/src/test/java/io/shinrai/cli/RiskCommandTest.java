package io.shinrai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskCommandTest {

    @TempDir
    Path folder;
    private final CommandRun run = new CommandRun();
    private Path sample;

    @BeforeEach
    void sampleOnDisk() throws Exception {
        sample = folder.resolve("sample.yaml");
        try (InputStream in = RiskCommandTest.class.getResourceAsStream("/risk/assessments/sample-ct-tls.yaml")) {
            Files.copy(in, sample);
        }
    }

    @Test
    void evaluatePrintsEveryRowsRisksAndSaysWhetherEveryResidualRiskIsAcceptable() {
        int exit = run.shinrai("risk", "evaluate", sample.toString());

        assertThat(exit).isIn(0, 1);
        assertThat(run.out()).contains("sample-ct-tls version 1", "ipa-3").containsPattern("R01\\s+\\d+ ");
    }

    @Test
    void aLevelOutsideTheScaleIsRefusedWithItsRow() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.yaml"),
                Files.readString(sample).replaceFirst("value: \\{c: 3", "value: {c: 7"));

        assertThat(run.shinrai("risk", "evaluate", broken.toString())).isEqualTo(2);
        assertThat(run.err()).contains("asset value (confidentiality) 7 is outside the scale 1 to 3");
    }

    @Test
    void exportWritesTheWorkbookAndTheReport() throws Exception {
        Path excel = folder.resolve("risk.xlsx");
        Path pdf = folder.resolve("risk.pdf");

        assertThat(run.shinrai("risk", "export", sample.toString(), "--excel", excel.toString(), "--pdf",
                pdf.toString(), "--language", "en")).isZero();

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(excel))) {
            assertThat(workbook.getSheet("リスク一覧")).isNotNull();
            assertThat(workbook.getSheet("適用宣言書")).isNotNull();
        }
        try (PDDocument report = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(report)).contains("Risk list", "Statement of Applicability");
        }
    }

    @Test
    void aWorkbookIsEvaluatedAgainstTheAssessmentItCameFrom() throws Exception {
        Path draft = Files.writeString(folder.resolve("draft.yaml"),
                Files.readString(sample).replaceFirst("state: \\w+", "state: draft"));
        Path excel = folder.resolve("risk.xlsx");
        run.shinrai("risk", "export", draft.toString(), "--excel", excel.toString());
        run.forgetOutput();

        assertThat(run.shinrai("risk", "evaluate", excel.toString())).isEqualTo(2);
        assertThat(run.err()).contains("a workbook needs --assessment FILE");
        run.forgetOutput();
        assertThat(run.shinrai("risk", "evaluate", excel.toString(), "--assessment", draft.toString())).isIn(0, 1);
        assertThat(run.out()).contains("sample-ct-tls version 1");
    }
}
