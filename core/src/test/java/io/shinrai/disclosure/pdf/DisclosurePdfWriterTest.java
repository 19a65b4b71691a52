package io.shinrai.disclosure.pdf;

import static io.shinrai.disclosure.pdf.PrintedPdf.withoutWhitespace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.CatalogueOption;
import io.shinrai.catalog.CataloguePurpose;
import io.shinrai.catalog.CatalogueReader;
import io.shinrai.catalog.Item;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.SharedNote;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The printable view of a disclosure as PDF, as someone reading or printing it sees it. */
class DisclosurePdfWriterTest {

    static Catalogue example;

    @BeforeAll
    static void readCatalogue() throws Exception {
        try (InputStream in = DisclosurePdfWriterTest.class.getResourceAsStream("/excel/example-sds.yaml")) {
            example = new CatalogueReader().read(in, "example-sds.yaml");
        }
    }

    static Stream<Arguments> disclosureCatalogues() throws Exception {
        return CatalogueLibrary.load(null).all(CataloguePurpose.DISCLOSURE).stream()
                .map(catalogue -> Arguments.of(catalogue.key(), catalogue));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disclosureCatalogues")
    void everyDisclosureCatalogueIsPrintedWithItsAnswersAndTheHeaderOnEveryPage(String key, Catalogue catalogue)
            throws Exception {
        Disclosure disclosure = filledIn(catalogue);

        PrintedPdf pdf = PrintedPdf.of(catalogue, disclosure, Locale.JAPANESE);

        String vendor = key.contains("sds") ? "サービス事業者" : "製造業者";
        String product = key.contains("sds") ? "サービス名称" : "製品名称";
        for (int page = 0; page < pdf.pages().size(); page++) {
            assertThat(pdf.pages().get(page)).as("page " + (page + 1))
                    .contains(vendor + ": さくらメディカルシステムズ株式会社", product + ": SMX 画像サーバ", "バージョン: 3.2",
                            "作成日: 2026/11/26")
                    .containsPattern("(?m)^" + (page + 1) + " / " + pdf.pages().size() + "$");
        }
        assertThat(pdf.text()).contains(catalogue.title().ja(), "文書ID DOC-" + catalogue.id(), "共通の注記",
                "1 共通の注記: =SUM(A1) はただの文字列です。");
        for (Item item : disclosure.askedItems(catalogue)) {
            ItemAnswer answer = disclosure.answerTo(item.ref()).orElseThrow();
            String shown = answer.answer() != null ? answer.answer().label().ja() : answer.text();
            assertThat(pdf.rowOf(item.ref())).as(item.ref()).hasValueSatisfying(
                    row -> assertThat(row).contains(shown + " 【" + item.ref() + "】"));
            assertThat(withoutWhitespace(pdf.text())).contains(withoutWhitespace(answer.remarks()));
        }
        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                .as(font.getName() + " is embedded").isTrue());
        assertThat(pdf.fonts()).extracting(PDFont::getName).allSatisfy(name -> assertThat(name).contains("IPAexGothic"));
    }

    @Test
    void unansweredNotApplicableAndNotAskedAreToldApart() throws Exception {
        Disclosure disclosure = new Disclosure("SDS-1", "example-sds", "2.1",
                new BasicInformation(LocalDate.of(2025, 4, 1), "信頼メディカル", "画像保管サービス", "2.0"), Set.of(),
                Map.of("1.1", ItemAnswer.of(Answer.NOT_APPLICABLE),
                        "2.2", ItemAnswer.of(Answer.YES, "機能を無効にして出荷"),
                        "2.3", new ItemAnswer(Answer.SEE_NOTES, null, null, List.of(1, 2))),
                List.of());

        PrintedPdf pdf = PrintedPdf.of(example, disclosure, Locale.JAPANESE);

        assertThat(pdf.rowOf("1.1")).hasValueSatisfying(row -> assertThat(row).contains("対象外")
                .doesNotContain("未回答"));
        assertThat(pdf.rowOf("1.2")).hasValueSatisfying(row -> assertThat(row).endsWith("未回答"));
        assertThat(pdf.rowOf("2.1.1")).hasValueSatisfying(row -> assertThat(row).contains("— 回答不要（無線LANを使用しない）"));
        assertThat(pdf.rowOf("2.1.1.1")).as("the child of an item switched off")
                .hasValueSatisfying(row -> assertThat(row).contains("— 回答不要（無線LANを使用しない）"));
        assertThat(pdf.text()).as("what was answered to an item not asked is still shown")
                .contains("はい 機能を無効にして出荷\n回答不要（生体認証を使用しない）");
        assertThat(pdf.rowOf("2.3")).hasValueSatisfying(row -> assertThat(row).contains("備考参照 注記 1, 2"));
        assertThat(pdf.text()).contains("無線LAN いいえ", "生体認証 いいえ");
    }

    @Test
    void aVeryLongRemarkGoesOnOverThePagesInFull() throws Exception {
        String remark = IntStream.rangeClosed(1, 300)
                .mapToObj(sentence -> "第" + sentence + "文：保守端末は院内LANに接続せず、作業のたびに承認を得る。")
                .collect(Collectors.joining()) + " The end of a long English remark with words that wrap at spaces.";
        Disclosure disclosure = new Disclosure("SDS-1", "example-sds", "2.1",
                new BasicInformation(LocalDate.of(2025, 4, 1), "信頼メディカル", "画像保管サービス", "2.0"),
                Set.of("wireless-lan", "biometrics"), Map.of("2.1", ItemAnswer.of(Answer.NO, remark)), List.of());

        PrintedPdf pdf = PrintedPdf.of(example, disclosure, Locale.JAPANESE);

        assertThat(pdf.pages()).hasSizeGreaterThan(2);
        assertThat(pdf.text()).contains("2.1（続き）");
        String furniture = "(?m)^.*作成日: .*$|^\\d+ / \\d+$|項番 質問 回答 備考|2\\.1（続き）";
        String body = pdf.pagesInReadingOrder().stream().map(page -> page.replaceAll(furniture, ""))
                .collect(Collectors.joining());
        assertThat(withoutWhitespace(body)).contains(withoutWhitespace(remark));
        assertThat(pdf.rowOf("2.2")).as("the rows after it follow").isPresent();
    }

    @Test
    void charactersTheFontLacksAreShownAsAPlaceholder() throws Exception {
        Disclosure disclosure = new Disclosure("SDS-1", "example-sds", "2.1",
                new BasicInformation(LocalDate.of(2025, 4, 1), "信頼メディカル🏥", "画像保管サービス", "2.0"), Set.of(),
                Map.of("1.1", ItemAnswer.of(Answer.NO, "絵文字😀と制御\u0007文字、タブ\tも")), List.of());

        PrintedPdf pdf = PrintedPdf.of(example, disclosure, Locale.JAPANESE);

        assertThat(pdf.text()).contains("絵文字〓と制御〓文字、タブ も", "サービス事業者: 信頼メディカル〓");
    }

    @Test
    void textThatLooksLikeAFormulaIsPrintedAsItIs() throws Exception {
        Disclosure disclosure = new Disclosure("=HYPERLINK(\"x\")", "example-sds", "2.1",
                new BasicInformation(LocalDate.of(2025, 4, 1), "=信頼メディカル & サービス", "@画像保管", "+2.0"),
                Set.of(), Map.of("1.1", ItemAnswer.of(Answer.NO, "-確認中"), "model", ItemAnswer.text("=1+1")),
                List.of());

        PrintedPdf pdf = PrintedPdf.of(example, disclosure, Locale.JAPANESE);

        assertThat(pdf.pages().get(0)).contains("サービス事業者: =信頼メディカル & サービス", "サービス名称: @画像保管",
                "バージョン: +2.0", "文書ID =HYPERLINK(\"x\")");
        assertThat(pdf.rowOf("1.1")).hasValueSatisfying(row -> assertThat(row).endsWith("いいえ -確認中"));
        assertThat(pdf.rowOf("model")).hasValueSatisfying(row -> assertThat(row).endsWith("=1+1"));
    }

    @Test
    void inEnglishTheCatalogueSpeaksEnglishAndSoDoTheLabels() throws Exception {
        Disclosure disclosure = new Disclosure("SDS-1", "example-sds", "2.1",
                new BasicInformation(LocalDate.of(2025, 4, 1), "Shinrai Medical", "Image archive", "2.0"), Set.of(),
                Map.of("1.1", ItemAnswer.of(Answer.NOT_APPLICABLE)), List.of());

        PrintedPdf pdf = PrintedPdf.of(example, disclosure, Locale.ENGLISH);

        assertThat(pdf.text()).contains("Example service disclosure", "Service provider: Shinrai Medical",
                "Service name: Image archive", "Version: 2.0", "Created on: 2025-04-01", "Ref. Question Answer Remarks",
                "Operations", "Wireless LAN No")
                .doesNotContain("運用管理", "未回答");
        assertThat(pdf.rowOf("1.1")).hasValueSatisfying(row -> assertThat(row).contains("procedures? N/A"));
        assertThat(pdf.rowOf("1.2")).hasValueSatisfying(row -> assertThat(row).endsWith("Unanswered"));
        assertThat(pdf.rowOf("2.2")).hasValueSatisfying(row -> assertThat(row).contains("— Not asked: Biometric"));
        assertThat(withoutWhitespace(pdf.text())).contains("Notasked:Biometricauthenticationisnotinuse");
    }

    @Test
    void aVeryLongNameIsShortenedInThePageHeaderAndShownInFullInTheBasicInformation() throws Exception {
        String vendor = "さくらメディカルシステムズ株式会社".repeat(4);
        Disclosure disclosure = new Disclosure("SDS-1", "example-sds", "2.1",
                new BasicInformation(LocalDate.of(2025, 4, 1), vendor, "画像保管サービス", "2.0"), Set.of(), Map.of(),
                List.of());

        PrintedPdf pdf = PrintedPdf.of(example, disclosure, Locale.JAPANESE);

        assertThat(pdf.pages().get(0)).contains("サービス事業者: " + vendor.substring(0, 39) + "…",
                "サービス名称: 画像保管サービス", "作成日: 2025/04/01");
        assertThat(withoutWhitespace(pdf.text())).contains("サービス事業者" + vendor + "サービス名称");
    }

    @Test
    void aDisclosureOfAnotherCatalogueIsNotWritten() {
        Disclosure other = new Disclosure("d", "jahis-mds", "5.0", BasicInformation.empty(), Set.of(), Map.of(),
                List.of());

        assertThatThrownBy(() -> PrintedPdf.of(example, other, Locale.JAPANESE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jahis-mds@5.0");
    }

    /**
     * Every option in use, every item answered in turn with each answer its scheme offers (text items with text),
     * each with a 備考 that names its item, and a shared note.
     */
    static Disclosure filledIn(Catalogue catalogue) {
        Disclosure skeleton = new Disclosure("DOC-" + catalogue.id(), catalogue.id(), catalogue.version(),
                new BasicInformation(LocalDate.of(2026, 11, 26), "さくらメディカルシステムズ株式会社", "SMX 画像サーバ", "3.2"),
                catalogue.options().stream().map(CatalogueOption::id).collect(Collectors.toSet()), Map.of(),
                List.of(new SharedNote(1, "共通の注記: =SUM(A1) はただの文字列です。")));
        Map<String, ItemAnswer> answers = new HashMap<>();
        int turn = 0;
        for (Item item : skeleton.askedItems(catalogue)) {
            String remarks = "【" + item.ref() + "】の補足です。";
            if (item.answers() == AnswerScheme.TEXT) {
                answers.put(item.ref(), new ItemAnswer(null, "記載" + item.ref(), remarks, List.of()));
            } else {
                List<Answer> offered = item.answers().answers();
                answers.put(item.ref(), ItemAnswer.of(offered.get(turn++ % offered.size()), remarks));
            }
        }
        return new Disclosure(skeleton.documentId(), skeleton.catalogueId(), skeleton.catalogueVersion(),
                skeleton.basics(), skeleton.optionsInUse(), answers, skeleton.notes());
    }
}
