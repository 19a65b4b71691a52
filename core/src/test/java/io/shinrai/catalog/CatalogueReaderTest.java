package io.shinrai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CatalogueReaderTest {

    private static final String VALID = """
            format: shinrai-catalogue/1
            id: example-mds
            version: "1.0"
            title: {ja: 例の開示書, en: Example disclosure}
            answers: yes-no-na
            guidelines:
              - id: mhlw-6.0-ops
                title: {ja: ガイドライン 第6.0版 システム運用編, en: "Guideline 6.0, operations"}
            options:
              - id: wireless-lan
                label: {ja: 無線LAN, en: Wireless LAN}
            sections:
              - id: network
                title: {ja: ネットワーク, en: Network}
                references: [{guideline: mhlw-6.0-ops, clause: "13"}]
                items:
                  - ref: 13.1
                    text: {ja: 通信を暗号化していますか。, en: Is traffic encrypted?}
                    remarksRequiredWhen: [NO]
                    children:
                      - ref: "13.1.1"
                        text: {ja: 無線LANはWPA3ですか。, en: Does the wireless LAN use WPA3?}
                        when: {option: wireless-lan}
              - id: identity
                title: {ja: 識別情報, en: Identification}
                items:
                  - ref: model
                    answers: text
                    text: {ja: 型式, en: Model}
            """;

    private final CatalogueReader reader = new CatalogueReader();

    @Test
    void readsSectionsItemsChildrenConditionsAndRules() throws Exception {
        Catalogue catalogue = read(VALID);

        assertThat(catalogue.key()).isEqualTo("example-mds@1.0");
        assertThat(catalogue.purpose()).isEqualTo(CataloguePurpose.DISCLOSURE);
        assertThat(catalogue.title().in(Locale.JAPANESE)).isEqualTo("例の開示書");
        assertThat(catalogue.allItems()).extracting(Item::ref).containsExactly("13.1", "13.1.1", "model");
        Item encrypted = catalogue.item("13.1").orElseThrow();
        assertThat(encrypted.needsRemarks(Answer.NO)).isTrue();
        assertThat(encrypted.needsRemarks(Answer.YES)).isFalse();
        assertThat(encrypted.answers()).isEqualTo(AnswerScheme.YES_NO_NA);
        assertThat(catalogue.item("13.1.1").orElseThrow().condition()).contains("wireless-lan");
        assertThat(catalogue.item("model").orElseThrow().answers()).isEqualTo(AnswerScheme.TEXT);
        assertThat(catalogue.sections().get(0).references())
                .containsExactly(new Reference("mhlw-6.0-ops", "13"));
    }

    @Test
    void listsEveryProblemWithItsPlace() {
        String broken = VALID
                .replace("ref: \"13.1.1\"", "ref: \"13.1\"")
                .replace("when: {option: wireless-lan}", "when: {option: bluetooth}")
                .replace("guideline: mhlw-6.0-ops, clause", "guideline: mhlw-5.2, clause")
                .replace("remarksRequiredWhen: [NO]", "remarksRequiredWhen: [SEE_NOTES]")
                .replace("en: Model}", "english: Model}")
                .replace("answers: yes-no-na", "answers: yes-no-na\ncolour: blue");

        InvalidCatalogueException problem = catchThrowableOfType(InvalidCatalogueException.class,
                () -> read(broken));

        assertThat(problem.source()).isEqualTo("example.yaml");
        assertThat(problem.problems()).containsExactlyInAnyOrder(
                "colour: unknown field (allowed here: format, id, version, title, purpose, answers, guidelines, "
                        + "options, sections)",
                "sections[0].items[0].children[0].ref: \"13.1\" is used twice (first at sections[0].items[0])",
                "sections[0].items[0].children[0].when.option: \"bluetooth\" is not one of the catalogue's options",
                "sections[0].references[0].guideline: \"mhlw-5.2\" is not declared under guidelines",
                "sections[0].items[0].remarksRequiredWhen[0]: \"\"SEE_NOTES\"\" is not an answer of the scheme "
                        + "yes-no-na [YES, NO, NOT_APPLICABLE]",
                "sections[1].items[0].text.english: unknown field (allowed here: ja, en)",
                "sections[1].items[0].text.en: required");
    }

    @Test
    void readsWhatTheCatalogueIsForAndRefusesAnUnknownPurpose() throws Exception {
        assertThat(read(VALID.replace("answers: yes-no-na", "purpose: lifecycle-evidence\nanswers: yes-no-na"))
                .purpose()).isEqualTo(CataloguePurpose.LIFECYCLE_EVIDENCE);

        InvalidCatalogueException problem = catchThrowableOfType(InvalidCatalogueException.class,
                () -> read(VALID.replace("answers: yes-no-na", "purpose: evidence\nanswers: yes-no-na")));

        assertThat(problem.problems()).containsExactly(
                "purpose: unknown purpose \"evidence\" (known: disclosure, lifecycle-evidence, controls)");
    }

    @Test
    void refusesAnotherFormatOrNoSections() {
        InvalidCatalogueException problem = catchThrowableOfType(InvalidCatalogueException.class,
                () -> read("format: something-else/2\nid: Bad_Id\nversion: 1\ntitle: {ja: あ, en: a}\n"));

        assertThat(problem.problems()).containsExactlyInAnyOrder(
                "format: expected 'shinrai-catalogue/1' but found 'something-else/2'",
                "id: \"Bad_Id\" must be lower-case letters, digits, '.' and '-' (at most 64)",
                "answers: required",
                "sections: required, and must not be empty");
    }

    @Test
    void saysWhereTheYamlIsBroken() {
        assertThatThrownBy(() -> read("format: shinrai-catalogue/1\nsections: [\n  - {id: a\n"))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("not readable as YAML")
                .hasMessageContaining("line ");
    }

    @Test
    @Timeout(10)
    void refusesAnAliasBombWithoutExpandingIt() {
        StringBuilder bomb = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x,x]\n");
        for (char level = 'b'; level <= 'z'; level++) {
            char previous = (char) (level - 1);
            bomb.append(level).append(": &").append(level).append(" [");
            bomb.append(("*" + previous + ",").repeat(9)).append('*').append(previous).append("]\n");
        }
        assertThatThrownBy(() -> read(bomb.toString())).isInstanceOf(InvalidCatalogueException.class);
    }

    @Test
    void refusesFilesLargerThanAnyRealCatalogue() {
        byte[] huge = new byte[CatalogueReader.MAX_BYTES + 1];
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(huge), "huge.yaml"))
                .isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("larger than 4 MB");
    }

    private Catalogue read(String yaml) throws Exception {
        return reader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "example.yaml");
    }
}
