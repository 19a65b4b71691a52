package io.shinrai.hospital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.LocalizedText;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProfileReaderTest {

    private static final String VALID = """
            format: shinrai-profile/1
            id: sakura-ehr
            version: "2"
            title: {ja: さくら病院 電子カルテの要件, en: Sakura Hospital EHR requirements}
            description: {ja: 院内ネットワークの電子カルテ向け, en: For the EHR on the hospital network}
            catalogue: {id: example-mds, version: "1.0"}
            basedOn: {id: guideline-7.0-jahis-mds, version: "1"}
            default:
              acceptable: [YES, NOT_APPLICABLE]
              riskEvaluation: ["NO"]
            overrides:
              - refs: ["13.1", 13.2]
                acceptable: [YES]
            """;

    static ProfileReader reader;

    @BeforeAll
    static void load() throws Exception {
        reader = new ProfileReader(CatalogueLibrary.load(Path.of("src/test/resources/catalogues")));
    }

    @Test
    void readsTheRulesAndAnOverrideWithoutRiskEvaluationKeepsTheDefaults() throws Exception {
        RequirementProfile profile = reader.read(VALID, "sakura-ehr.yaml");

        assertThat(profile.key()).isEqualTo("sakura-ehr@2");
        assertThat(profile.title().ja()).isEqualTo("さくら病院 電子カルテの要件");
        assertThat(profile.catalogueId() + "@" + profile.catalogueVersion()).isEqualTo("example-mds@1.0");
        assertThat(profile.basedOn()).isEqualTo(new ProfileReference("guideline-7.0-jahis-mds", "1"));
        AnswerRule onlyYes = new AnswerRule(Set.of(Answer.YES), Set.of(Answer.NO));
        assertThat(profile.overrides()).containsOnlyKeys("13.1", "13.2").containsValue(onlyYes);
        assertThat(profile.ruleFor("13.2")).isEqualTo(onlyYes);
        assertThat(profile.ruleFor("13.1.1")).isEqualTo(profile.defaultRule());
        assertThat(profile.defaultRule().accepts(Answer.NOT_APPLICABLE)).isTrue();
    }

    @Test
    void namesTheLineAndFieldOfAMistypedRefAndAnUnknownAnswerInJapaneseAndEnglish() {
        InvalidProfileException problem = refused(VALID.replace("13.2]", "13.9]")
                .replace("acceptable: [YES]", "acceptable: [YES, MAYBE]"));

        assertThat(problem.source()).isEqualTo("sakura-ehr.yaml");
        assertThat(problem.problems()).extracting(LocalizedText::en).containsExactly(
                "line 13, overrides[0].acceptable[1]: \"MAYBE\" is not an answer (use one of YES はい, NO いいえ, "
                        + "NOT_APPLICABLE 対象外, SEE_NOTES 備考参照)",
                "line 12, overrides[0].refs[1]: \"13.9\" is not an item of example-mds 1.0");
        assertThat(problem.problems()).extracting(LocalizedText::ja).containsExactly(
                "13行目 overrides[0].acceptable[1]: 「MAYBE」は回答の名前ではありません（YES はい, NO いいえ, "
                        + "NOT_APPLICABLE 対象外, SEE_NOTES 備考参照 のいずれか）。",
                "12行目 overrides[0].refs[1]: 「13.9」は example-mds 1.0 の項目にありません。");
        assertThat(problem.getMessage()).startsWith("sakura-ehr.yaml: 2 problem(s)");
    }

    @Test
    void aCatalogueThatIsNotKnownOrAVersionItDoesNotHaveIsRefused() {
        assertThat(refused(VALID.replace("version: \"1.0\"", "version: \"9\"")).problems())
                .extracting(LocalizedText::en).containsExactly(
                        "line 6, catalogue.version: catalogue example-mds has no version \"9\" here (known: 1.0)");
        assertThat(refused(VALID.replace("id: example-mds", "id: acme-mds")).problems().get(0).en())
                .startsWith("line 6, catalogue.id: there is no catalogue \"acme-mds\" here (known: jahis-mds@5.0, ");
    }

    @Test
    void refusesRulesThatCouldNeverApply() {
        String broken = VALID
                .replace("acceptable: [YES, NOT_APPLICABLE]", "acceptable: [YES, NOT_APPLICABLE, SEE_NOTES]")
                .replace("acceptable: [YES]\n", "acceptable: [YES]\n    riskEvaluation: [YES]\n")
                + """
                  - refs: [model, "13.1"]
                    acceptable: [YES, SEE_NOTES]
                """;

        assertThat(refused(broken).problems()).extracting(LocalizedText::en).containsExactly(
                "line 9, default.acceptable[2]: SEE_NOTES is not an answer to any item of example-mds 1.0",
                "line 14, overrides[0].riskEvaluation[0]: YES is also listed as acceptable; it can be only one of "
                        + "the two",
                "line 15, overrides[1].refs[0]: \"model\" is answered in free text; it is a gap only when unanswered, "
                        + "so it takes no rule",
                "line 15, overrides[1].refs[1]: \"13.1\" already has a rule at line 12");
    }

    @Test
    void anAnswerTheItemDoesNotOfferIsRefusedForThatItem() throws Exception {
        InvalidProfileException problem = catchThrowableOfType(InvalidProfileException.class, () -> reader.read("""
                format: shinrai-profile/1
                id: sakura-checklist
                version: "1"
                title: {ja: 事業者確認用, en: Vendor checklist}
                description: {ja: 説明, en: Description}
                catalogue: {id: mhlw-vendor-checklist, version: "2025"}
                default: {acceptable: [YES], riskEvaluation: ["NO"]}
                overrides:
                  - refs: ["2-⑥"]
                    acceptable: [YES, NOT_APPLICABLE]
                """, "checklist.yaml"));

        assertThat(problem.problems()).extracting(LocalizedText::en).containsExactly(
                "line 10, overrides[0].acceptable[1]: NOT_APPLICABLE is not an answer of item 2-⑥ "
                        + "(yes-no: [YES, NO])");
    }

    @Test
    void aCatalogueFileIsRefusedWithOneProblemThatSaysSo() {
        assertThat(refused("format: shinrai-catalogue/1\nid: example-mds\nsections: []\n").problems())
                .extracting(LocalizedText::en)
                .containsExactly("line 1, format: expected 'shinrai-profile/1' but found 'shinrai-catalogue/1'");
    }

    @Test
    void listsEveryMissingFieldAndEveryUnknownOne() {
        assertThat(refused("format: shinrai-profile/1\nid: Sakura\ncolour: blue\n").problems())
                .extracting(LocalizedText::en).containsExactly(
                        "line 3, colour: unknown field (allowed here: format, id, version, title, description, "
                                + "catalogue, basedOn, default, overrides)",
                        "line 2, id: \"Sakura\" must be lower-case letters, digits, '.' and '-' (at most 64)",
                        "line 1, version: required",
                        "line 1, title: required, with a Japanese (ja) and an English (en) text",
                        "line 1, description: required, with a Japanese (ja) and an English (en) text",
                        "line 1, catalogue: required, as {id: ..., version: ...}",
                        "line 1, default: required: the rule for every item, {acceptable: [...], riskEvaluation: "
                                + "[...]}");
    }

    @Test
    void saysWhereTheYamlIsBrokenAndRefusesAliasesAndKeysGivenTwice() {
        assertThatThrownBy(() -> reader.read("format: shinrai-profile/1\noverrides: [\n  - {refs: a\n", "x.yaml"))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("not readable as YAML")
                .hasMessageContaining("line ");
        assertThat(refused(VALID.replace("acceptable: [YES, NOT_APPLICABLE]", "acceptable: &ok [YES]")
                .replace("acceptable: [YES]\n", "acceptable: *ok\n") + "id: other\n").problems())
                .extracting(LocalizedText::en).contains(
                        "line 13: YAML aliases (*) are not supported; write the value itself",
                        "line 14, id: given twice in the same mapping");
    }

    @Test
    void refusesFilesLargerThanAnyRealProfile() {
        byte[] huge = new byte[ProfileReader.MAX_BYTES + 1];
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(huge), "huge.yaml"))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("larger than 1 MB");
    }

    private static InvalidProfileException refused(String yaml) {
        return catchThrowableOfType(InvalidProfileException.class, () -> reader.read(yaml, "sakura-ehr.yaml"));
    }
}
