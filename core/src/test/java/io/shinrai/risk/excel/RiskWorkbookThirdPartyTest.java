package io.shinrai.risk.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.testing.Openpyxl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported workbook as other programs see it: openpyxl opens every sheet and its validations, and LibreOffice
 * converts it to PDF. Each is skipped, with the reason printed, where the program is missing.
 */
class RiskWorkbookThirdPartyTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void load() throws Exception {
        RiskWorkbookTest.load();
    }

    @Test
    void openpyxlReadsTheSheetsTheValuesAndTheDropdowns() throws Exception {
        Optional<String> python = Openpyxl.python();
        if (python.isEmpty()) {
            System.out.println("skipped: python3 with openpyxl (Debian python3-openpyxl) is missing");
        }
        Assumptions.assumeTrue(python.isPresent(), "python3 with openpyxl (Debian python3-openpyxl) missing");
        Path workbook = folder.resolve("risk.xlsx");
        Files.write(workbook, RiskWorkbookTest.written(RiskWorkbookTest.sample));
        String script = """
                import sys, openpyxl
                book = openpyxl.load_workbook(sys.argv[1])
                print("|".join(book.sheetnames))
                risks = book["リスク一覧"]
                print(risks.freeze_panes)
                print(risks.cell(row=3, column=1).value, risks.cell(row=3, column=2).value,
                      int(risks.cell(row=3, column=10).value), risks.cell(row=3, column=20).value.date())
                print(len(risks.data_validations.dataValidation))
                soa = book["適用宣言書"]
                print(soa.max_row, soa.cell(row=3, column=1).value)
                """;
        // openpyxl's warnings about styles go to the console, not into what is compared
        Process run = new ProcessBuilder(python.get(), "-c", script, workbook.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(run.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(run.waitFor()).as(output).isZero();

        assertThat(output.lines()).containsExactly(
                "方法と凡例|リスク一覧|ヒートマップ（対策前）|ヒートマップ（対策後）|適用宣言書",
                "B3",
                "R01 保守用端末（事業者側） 9 2027-03-31",
                "12",
                "95 5.1");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void libreOfficeConvertsTheWorkbookToPdf() throws Exception {
        Optional<Path> soffice = Stream.of("/usr/bin/soffice", "/usr/bin/libreoffice").map(Path::of)
                .filter(Files::isExecutable).findFirst();
        if (soffice.isEmpty()) {
            System.out.println("skipped: LibreOffice (Debian package libreoffice-calc) is not installed");
        }
        Assumptions.assumeTrue(soffice.isPresent(), "LibreOffice is not installed");
        Path workbook = folder.resolve("risk.xlsx");
        Files.write(workbook, RiskWorkbookTest.written(RiskWorkbookTest.sample));

        Process convert = new ProcessBuilder(List.of(soffice.get().toString(),
                "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", folder.toString(), workbook.toString())).redirectErrorStream(true).start();
        String output = new String(convert.getInputStream().readAllBytes());
        assertThat(convert.waitFor()).as(output).isZero();

        Path pdf = folder.resolve("risk.pdf");
        assertThat(pdf).exists();
        byte[] start = new byte[5];
        try (var in = Files.newInputStream(pdf)) {
            assertThat(in.read(start)).isEqualTo(5);
        }
        assertThat(new String(start)).isEqualTo("%PDF-");
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
    }
}
