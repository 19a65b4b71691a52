package io.shinrai.disclosure.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueReader;
import io.shinrai.catalog.InvalidCatalogueException;
import io.shinrai.catalog.Item;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.SharedNote;
import io.shinrai.disclosure.excel.JahisUnmapped.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Disclosure → xlsx → disclosure gives the same record. */
class JahisWorkbookRoundTripTest {

    static Catalogue catalogue;

    @BeforeAll
    static void readCatalogue() throws Exception {
        catalogue = catalogue("/excel/example-sds.yaml");
    }

    /** Uses every feature: options, conditional and nested items, text items, remarks, notes, unanswered items. */
    static Disclosure everything() {
        Map<String, ItemAnswer> answers = new HashMap<>();
        answers.put("1.1", ItemAnswer.of(Answer.NO, "=HYPERLINK(\"http://example.invalid\",\"詳細\")"));
        answers.put("1.2", ItemAnswer.of(Answer.YES));
        answers.put("2.1", new ItemAnswer(Answer.YES, null, null, List.of(1, 2)));
        answers.put("2.1.1", ItemAnswer.of(Answer.NO, "+81-3-0000-0000 の窓口で受け付けます。WPA3 は次期版で対応予定。"));
        answers.put("2.1.1.1", new ItemAnswer(null, null, "-確認中（回答は次回更新で記入）", List.of()));
        answers.put("2.3", ItemAnswer.of(Answer.NOT_APPLICABLE, "@保守端末のみが接続します。\n院内ネットワークには接続しません。"));
        answers.put("model", ItemAnswer.text("=1+1"));
        answers.put("firmware", ItemAnswer.text("ＦＷ－２．０　 "));
        return new Disclosure("SDS-2025-001", "example-sds", "2.1",
                new BasicInformation(LocalDate.of(2025, 4, 1), "=信頼メディカル & サービス株式会社", "画像保管サービス",
                        "+2.0"),
                Set.of("wireless-lan"), answers,
                List.of(new SharedNote(1, "暗号化は TLS 1.3 による。"), new SharedNote(2, "-保守は年1回、事前に通知します。")));
    }

    static byte[] written(Catalogue catalogue, Disclosure disclosure) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JahisWorkbookWriter().write(catalogue, disclosure, out);
        return out.toByteArray();
    }

    static JahisImport readBack(byte[] workbook, Catalogue... known) throws Exception {
        return new JahisWorkbookReader((id, version) -> List.of(known).stream()
                .filter(candidate -> candidate.id().equals(id) && candidate.version().equals(version))
                .findFirst())
                .read(new ByteArrayInputStream(workbook));
    }

    static Catalogue catalogue(String resource) throws IOException, InvalidCatalogueException {
        try (InputStream in = JahisWorkbookRoundTripTest.class.getResourceAsStream(resource)) {
            return new CatalogueReader().read(in, resource);
        }
    }

    @Test
    void aDisclosureReadsBackEqual() throws Exception {
        Disclosure disclosure = everything();

        JahisImport imported = readBack(written(catalogue, disclosure), catalogue);

        assertThat(imported.unmapped()).isEmpty();
        assertThat(imported.catalogueFromWorkbook()).isFalse();
        assertThat(imported.catalogue()).isSameAs(catalogue);
        assertThat(imported.disclosure()).isEqualTo(disclosure);
    }

    @Test
    void anEmptyDraftReadsBackEqual() throws Exception {
        Disclosure draft = new Disclosure(null, "example-sds", "2.1", BasicInformation.empty(), Set.of(), Map.of(),
                List.of());

        assertThat(readBack(written(catalogue, draft), catalogue).disclosure()).isEqualTo(draft);
    }

    @Test
    void theBuiltInJahisCataloguesReadBackEqual() throws Exception {
        for (String name : List.of("jahis-mds", "jahis-sds")) {
            Catalogue builtIn;
            try {
                builtIn = catalogue("/catalogues/" + name + ".yaml");
            } catch (InvalidCatalogueException | IOException | NullPointerException e) {
                Assumptions.abort("the built-in catalogue " + name + " does not load yet: " + e.getMessage());
                return;
            }
            Disclosure answered = answeredInTurn(builtIn);

            assertThat(readBack(written(builtIn, answered), builtIn).disclosure()).as(name).isEqualTo(answered);
        }
    }

    @Test
    void answerAnItemOfAnOptionNotInUseReadsBackAsGiven() throws Exception {
        Disclosure odd = new Disclosure("d", "example-sds", "2.1", BasicInformation.empty(), Set.of(),
                Map.of("2.2", ItemAnswer.of(Answer.YES, "機能を無効にして出荷")), List.of());

        assertThat(readBack(written(catalogue, odd), catalogue).disclosure()).isEqualTo(odd);
    }

    @Test
    void aWorkbookOfACatalogueNotInstalledIsReadFromItsRows() throws Exception {
        JahisImport imported = readBack(written(catalogue, everything()));

        assertThat(imported.catalogueFromWorkbook()).isTrue();
        // without the catalogue, free text cannot be told from a mistyped answer, so it is reported
        assertThat(imported.unmapped()).extracting(JahisUnmapped::reason, JahisUnmapped::cell, JahisUnmapped::value)
                .containsExactly(tuple(Reason.UNKNOWN_CATALOGUE, "B2", "example-sds@2.1"),
                        tuple(Reason.ANSWER_NOT_RECOGNISED, "C25", "=1+1"),
                        tuple(Reason.ANSWER_NOT_RECOGNISED, "C26", "ＦＷ－２．０　 "));
        assertThat(imported.catalogue().allItems()).extracting(Item::ref)
                .containsExactly("1.1", "1.2", "2.1", "2.1.1", "2.1.1.1", "2.2", "2.3", "2.4", "model", "firmware");
        assertThat(imported.catalogue().sections()).extracting(section -> section.title().ja())
                .containsExactly("運用管理", "ネットワーク", "識別情報");
        assertThat(imported.disclosure().answerTo("2.1.1")).map(ItemAnswer::answer).contains(Answer.NO);
        assertThat(imported.disclosure().notes()).isEqualTo(everything().notes());
        assertThat(imported.disclosure().documentId()).isEqualTo("SDS-2025-001");
    }

    @Test
    void aDisclosureOfAnotherCatalogueIsNotWritten() {
        Disclosure other = new Disclosure("d", "jahis-mds", "5.0", BasicInformation.empty(), Set.of(), Map.of(),
                List.of());

        assertThatThrownBy(() -> written(catalogue, other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jahis-mds@5.0");
    }

    /** Every option in use; items answered はい, いいえ with remarks, 対象外 in turn; text items with text. */
    private static Disclosure answeredInTurn(Catalogue catalogue) {
        Map<String, ItemAnswer> answers = new HashMap<>();
        List<Item> items = catalogue.allItems();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            List<Answer> offered = item.answers().answers();
            answers.put(item.ref(), item.answers() == AnswerScheme.TEXT ? ItemAnswer.text("型式 " + i)
                    : offered.get(i % offered.size()) == Answer.NO ? ItemAnswer.of(Answer.NO, "理由 " + i)
                    : ItemAnswer.of(offered.get(i % offered.size())));
        }
        Set<String> options = Set.copyOf(catalogue.options().stream().map(option -> option.id()).toList());
        return new Disclosure("doc-" + catalogue.id(), catalogue.id(), catalogue.version(),
                new BasicInformation(LocalDate.of(2024, 12, 31), "株式会社例", "例の製品", "1.0"), options, answers,
                List.of());
    }
}
