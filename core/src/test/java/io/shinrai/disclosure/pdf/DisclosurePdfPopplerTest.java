package io.shinrai.disclosure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.disclosure.Disclosure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF read by another program than the one that wrote it: poppler's pdftotext and pdffonts (Debian's
 * poppler-utils). Skipped, with the reason printed, where they are missing.
 */
class DisclosurePdfPopplerTest {

    private static final long MAX_OUTPUT_BYTES = 1024 * 1024;
    /** A font line of pdffonts ends with the columns emb, sub, uni and the object id. */
    private static final Pattern FONT_LINE = Pattern.compile("^(\\S+).*\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$");

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void popplerReadsTheJapaneseTextAndFindsTheFontEmbedded() throws Exception {
        Path pdftotext = installed("/usr/bin/pdftotext");
        Path pdffonts = installed("/usr/bin/pdffonts");
        Catalogue catalogue = CatalogueLibrary.load(null).find("jahis-mds", "5.0").orElseThrow();
        Disclosure disclosure = DisclosurePdfWriterTest.filledIn(catalogue);
        Path pdf = Files.write(folder.resolve("disclosure.pdf"),
                PrintedPdf.of(catalogue, disclosure, Locale.JAPANESE).bytes());

        String text = run(List.of(pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), "-"));
        String fonts = run(List.of(pdffonts.toString(), pdf.toString()));

        assertThat(text).contains("製造業者による医療情報セキュリティ開示書", "はい", "いいえ", "対象外", "【7.3.1】の補足です。");
        List<String> pages = List.of(text.split("\f")).stream().filter(page -> !page.isBlank()).toList();
        assertThat(pages).hasSizeGreaterThan(1);
        for (int page = 0; page < pages.size(); page++) {
            assertThat(pages.get(page)).as("page " + (page + 1))
                    .contains("製造業者: さくらメディカルシステムズ株式会社", "製品名称: SMX 画像サーバ", "バージョン: 3.2",
                            "作成日: 2026/11/26")
                    .containsPattern("(?m)^" + (page + 1) + " ?/ ?" + pages.size() + "$");
        }
        List<Matcher> fontLines = fonts.lines().map(FONT_LINE::matcher).filter(Matcher::matches).toList();
        assertThat(fontLines).as(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.group(1)).contains("IPAexGothic");
            assertThat(font.group(2)).as("emb").isEqualTo("yes");
        });
    }

    private static Path installed(String command) {
        Path path = Path.of(command);
        String reason = "skipped: " + command + " is not installed (Debian package poppler-utils)";
        if (!Files.isExecutable(path)) {
            System.out.println(reason);
        }
        Assumptions.assumeTrue(Files.isExecutable(path), reason);
        return path;
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(folder, "output", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(1, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String printed;
        try (InputStream in = Files.newInputStream(output)) {
            printed = new String(in.readNBytes((int) MAX_OUTPUT_BYTES), StandardCharsets.UTF_8);
        }
        assertThat(finished && process.exitValue() == 0).as(command.get(0) + " failed:\n" + printed).isTrue();
        return printed;
    }
}
