package io.shinrai.disclosure.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.CatalogueOption;
import io.shinrai.catalog.CataloguePurpose;
import io.shinrai.catalog.Item;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.SharedNote;
import io.shinrai.disclosure.json.DisclosureJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A disclosure of every built-in disclosure catalogue survives JSON → Excel → JSON byte for byte. */
class JsonExcelJsonTest {

    private static final CatalogueLibrary LIBRARY = load();
    private final DisclosureJson json = new DisclosureJson();

    static Stream<Catalogue> disclosureCatalogues() {
        return LIBRARY.all(CataloguePurpose.DISCLOSURE).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disclosureCatalogues")
    void jsonThroughExcelGivesTheSameJson(Catalogue catalogue) throws Exception {
        byte[] original = json.write(filledIn(catalogue), catalogue);
        Disclosure fromJson = json.read(new ByteArrayInputStream(original));

        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        Disclosure fromExcel;
        if (catalogue.id().equals("mds2-2019")) {
            new Mds2WorkbookWriter(catalogue).write(fromJson, workbook);
            fromExcel = new Mds2WorkbookReader(catalogue)
                    .read(new ByteArrayInputStream(workbook.toByteArray()), fromJson.documentId()).disclosure();
        } else {
            new JahisWorkbookWriter().write(catalogue, fromJson, workbook);
            fromExcel = new JahisWorkbookReader(LIBRARY::find)
                    .read(new ByteArrayInputStream(workbook.toByteArray())).disclosure();
        }

        assertThat(new String(json.write(fromExcel, catalogue), "UTF-8")).isEqualTo(new String(original, "UTF-8"));
    }

    /**
     * Every feature in use and every asked item answered in turn with each answer the scheme offers. MDS2 has no
     * place for remarks (they become notes), so its answers carry note references instead, and its head is what
     * its DOC items say (DOC-1 manufacturer, DOC-3 model, DOC-7 date), as an MDS2 import reads it.
     */
    private static Disclosure filledIn(Catalogue catalogue) {
        boolean mds2 = catalogue.id().equals("mds2-2019");
        Disclosure skeleton = new Disclosure("DOC-" + catalogue.id(), catalogue.id(), catalogue.version(),
                mds2 ? BasicInformation.empty()
                        : new BasicInformation(LocalDate.of(2026, 11, 26), "さくらメディカルシステムズ株式会社",
                                "SMX 画像サーバ", "3.2"),
                catalogue.options().stream().map(CatalogueOption::id).collect(Collectors.toSet()),
                Map.of(), List.of(new SharedNote(1, "共通の注記: =SUM(A1) はただの文字列です。")));
        Map<String, ItemAnswer> answers = new HashMap<>();
        int turn = 0;
        for (Item item : skeleton.askedItems(catalogue)) {
            if (item.answers() == AnswerScheme.TEXT) {
                answers.put(item.ref(), ItemAnswer.text("+" + item.ref() + " の記載"));
                continue;
            }
            Answer answer = item.answers().answers().get(turn++ % item.answers().answers().size());
            answers.put(item.ref(), mds2
                    ? new ItemAnswer(answer, null, null, answer == Answer.SEE_NOTES ? List.of(1) : List.of())
                    : ItemAnswer.of(answer, answer == Answer.YES ? null : "-理由: " + item.ref()));
        }
        BasicInformation basics = skeleton.basics();
        if (mds2) {
            answers.put("DOC-7", ItemAnswer.text("2026-11-26"));
            basics = new BasicInformation(LocalDate.of(2026, 11, 26), answers.get("DOC-1").text(),
                    answers.get("DOC-3").text(), null);
        }
        return new Disclosure(skeleton.documentId(), skeleton.catalogueId(), skeleton.catalogueVersion(), basics,
                skeleton.optionsInUse(), answers, skeleton.notes());
    }

    private static CatalogueLibrary load() {
        try {
            return CatalogueLibrary.load(null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
