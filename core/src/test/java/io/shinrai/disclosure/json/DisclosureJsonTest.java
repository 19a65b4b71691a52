package io.shinrai.disclosure.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueReader;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.SharedNote;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DisclosureJsonTest {

    static Catalogue catalogue;
    private final DisclosureJson json = new DisclosureJson();

    @BeforeAll
    static void readCatalogue() throws Exception {
        try (InputStream in = DisclosureJsonTest.class.getResourceAsStream("/catalogues/example-mds.yaml")) {
            catalogue = new CatalogueReader().read(in, "example-mds.yaml");
        }
    }

    static Disclosure everyFeature() {
        return new Disclosure("MDS-2026-001", "example-mds", "1.0",
                new BasicInformation(LocalDate.of(2026, 11, 26), "さくらメディカルシステムズ株式会社", "SMX 画像サーバ", "3.2"),
                Set.of("wireless-lan"),
                Map.of("13.1", ItemAnswer.of(Answer.NO, "=閉域網のため暗号化なし。次期版で TLS 1.3 に対応予定"),
                        "13.1.1", new ItemAnswer(Answer.YES, null, null, List.of(1)),
                        "model", ItemAnswer.text("+SMX-200")),
                List.of(new SharedNote(1, "無線LANは管理用端末のみが使用します。")));
    }

    @Test
    void writesAndReadsBackTheSameDisclosure() throws Exception {
        Disclosure original = everyFeature();

        byte[] written = json.write(original, catalogue);

        assertThat(json.read(new ByteArrayInputStream(written))).isEqualTo(original);
        assertThat(json.write(json.read(new ByteArrayInputStream(written)), catalogue)).isEqualTo(written);
        assertThat(new String(written, StandardCharsets.UTF_8))
                .containsSubsequence("\"ref\" : \"13.1\"", "\"ref\" : \"13.1.1\"", "\"ref\" : \"model\"")
                .doesNotContain("13.2");
    }

    @Test
    void readsWhatItWroteAndKeptTheSameWithoutTheSchemaCheck() throws Exception {
        Disclosure original = everyFeature();

        String kept = new String(json.write(original, catalogue), StandardCharsets.UTF_8);

        assertThat(json.readWritten(kept)).isEqualTo(original);
    }

    @Test
    void listsEveryDepartureFromTheSchemaWithItsPlace() {
        String broken = """
                {"format": "shinrai-disclosure/1", "documentId": "", "catalogue": {"id": "Example", "version": "1"},
                 "basics": {"createdOn": "26/11/2026", "colour": "blue"}, "optionsInUse": [],
                 "answers": [{"ref": "13.1", "answer": "MAYBE"}], "notes": []}""";

        InvalidDisclosureException problem = catchThrowableOfType(InvalidDisclosureException.class,
                () -> json.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))));

        assertThat(problem.problems()).anyMatch(line -> line.startsWith("/documentId"))
                .anyMatch(line -> line.startsWith("/catalogue/id"))
                .anyMatch(line -> line.startsWith("/basics/createdOn"))
                .anyMatch(line -> line.startsWith("/basics") && line.contains("colour"))
                .anyMatch(line -> line.startsWith("/answers/0/answer"));
    }

    @Test
    void refusesAnItemAnsweredTwice() {
        String twice = """
                {"format": "shinrai-disclosure/1", "documentId": "d", "catalogue": {"id": "e", "version": "1"},
                 "basics": {}, "optionsInUse": [],
                 "answers": [{"ref": "13.1", "answer": "YES"}, {"ref": "13.1", "answer": "NO"}], "notes": []}""";

        InvalidDisclosureException problem = catchThrowableOfType(InvalidDisclosureException.class,
                () -> json.read(new ByteArrayInputStream(twice.getBytes(StandardCharsets.UTF_8))));

        assertThat(problem.problems()).containsExactly("/answers: item \"13.1\" is answered twice");
    }

    @Test
    void refusesWhatIsNotJson() {
        InvalidDisclosureException problem = catchThrowableOfType(InvalidDisclosureException.class,
                () -> json.read(new ByteArrayInputStream("<xml/>".getBytes(StandardCharsets.UTF_8))));

        assertThat(problem.problems()).singleElement().asString().startsWith("not readable as JSON");
    }
}
