package io.shinrai.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.catalog.LocalizedText;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RiskMethodReaderTest {

    private static final String IPA = """
            format: shinrai-risk-method/1
            id: sakura-4
            version: "2"
            title: {ja: さくら病院 4 段階, en: Sakura Hospital 4 levels}
            scales:
              confidentiality: [{ja: a, en: a}, {ja: b, en: b}, {ja: c, en: c}, {ja: d, en: d}]
              integrity: [{ja: a, en: a}, {ja: b, en: b}, {ja: c, en: c}]
              availability: [{ja: a, en: a}, {ja: b, en: b}, {ja: c, en: c}]
              threat: [{ja: a, en: a}, {ja: b, en: b}, {ja: c, en: c}]
              vulnerability: [{ja: a, en: a}, {ja: b, en: b}, {ja: c, en: c}, {ja: d, en: d}, {ja: e, en: e}]
            formula:
              kind: ipa
              likelihood: [{ja: a, en: a}, {ja: b, en: b}, {ja: c, en: c}]
              table:
                - [1, 1, 1, 2, 2]
                - [1, 1, 2, 2, 3]
                - [1, 2, 3, 3, 3]
            acceptance: {acceptUpTo: 3, manageUpTo: 6}
            """;

    private final RiskMethodReader reader = new RiskMethodReader();

    private RiskMethod read(String yaml) {
        return reader.read(yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void ipaMethodLooksUpTheLikelihoodAndMultipliesByTheHighestAssetValue() {
        RiskMethod method = read(IPA);

        assertThat(method.confidentiality().top()).isEqualTo(4);
        assertThat(method.vulnerability().top()).isEqualTo(5);
        // importance max(4, 1, 2) = 4; likelihood at threat 2, vulnerability 5 = 3
        int risk = method.risk(new AssetValue(4, 1, 2), 2, 5);
        assertThat(risk).isEqualTo(12);
        assertThat(method.tier(risk)).isEqualTo(AcceptanceTier.NOT_ACCEPTABLE);
        assertThat(method.tier(method.risk(new AssetValue(1, 1, 1), 3, 3))).isEqualTo(AcceptanceTier.ACCEPT);
        assertThat(method.tier(method.risk(new AssetValue(2, 1, 1), 3, 3))).isEqualTo(AcceptanceTier.ACCEPT_UNDER_MANAGEMENT);
    }

    @Test
    void builtInMethodsAreReadAndDiffer() {
        RiskMethodLibrary library = RiskMethodLibrary.builtIn();

        assertThat(library.all()).extracting(RiskMethod::id).containsExactly("ipa-3", "multiplicative-3");
        RiskMethod ipa = library.find("ipa-3").orElseThrow();
        RiskMethod multiplicative = library.find("multiplicative-3").orElseThrow();
        AssetValue patientData = new AssetValue(3, 2, 2);
        assertThat(ipa.risk(patientData, 3, 3)).isEqualTo(9);
        assertThat(multiplicative.risk(patientData, 3, 3)).isEqualTo(27);
        assertThat(ipa.risk(patientData, 1, 3)).isEqualTo(6);
        assertThat(multiplicative.risk(patientData, 1, 3)).isEqualTo(9);
        assertThat(multiplicative.tier(9)).isEqualTo(AcceptanceTier.ACCEPT_UNDER_MANAGEMENT);
        assertThat(multiplicative.formula().likelihoods(multiplicative.threat(), multiplicative.vulnerability()))
                .containsExactly(1, 2, 3, 4, 6, 9);
    }

    @Test
    void everyProblemIsListedInBothLanguagesWithItsField() {
        String broken = IPA.replace("threat: [{ja: a, en: a}, {ja: b, en: b}, {ja: c, en: c}]",
                        "threat: [{ja: a, en: a}, {ja: b, en: b}]")
                .replace("kind: ipa", "kind: ipa\n  colour: red")
                .replace("acceptUpTo: 3", "acceptUpTo: many");

        assertThatThrownBy(() -> read(broken)).isInstanceOfSatisfying(InvalidRiskDataException.class, refused ->
                assertThat(refused.problems()).extracting(LocalizedText::en).containsExactlyInAnyOrder(
                        "scales.threat: threat must have 3 to 5 levels, not 2",
                        "formula.colour: unknown field (allowed here: kind, likelihood, table)",
                        "acceptance.acceptUpTo: required, as a whole number"));
        assertThatThrownBy(() -> read(broken)).isInstanceOfSatisfying(InvalidRiskDataException.class, refused ->
                assertThat(refused.problems().get(0).ja()).isEqualTo("scales.threat: 脅威の段階は 3〜5 にしてください（2 段階です）。"));
    }

    @Test
    void tableMustMatchTheScalesAndHoldLikelihoodLevels() {
        assertThatThrownBy(() -> read(IPA.replace("    - [1, 2, 3, 3, 3]\n", "")))
                .hasMessageContaining("the likelihood table must have 3 rows (threat levels) of 5 columns");
        assertThatThrownBy(() -> read(IPA.replace("[1, 2, 3, 3, 3]", "[1, 2, 3, 3, 4]")))
                .hasMessageContaining("formula.table: likelihood table, threat 3, vulnerability 5: 4 is outside the scale 1 to 3");
    }

    @Test
    void thresholdsMustFitTheRiskValues() {
        assertThatThrownBy(() -> read(IPA.replace("manageUpTo: 6", "manageUpTo: 13")))
                .hasMessageContaining("manageUpTo 13 is above the highest risk value");
        assertThatThrownBy(() -> read(IPA.replace("manageUpTo: 6", "manageUpTo: 2")))
                .hasMessageContaining("1 <= acceptUpTo <= manageUpTo, not 3 and 2");
    }

    @Test
    void wrongFormatDuplicateKeysAndNonsenseAreRefused() {
        assertThatThrownBy(() -> read(IPA.replace("shinrai-risk-method/1", "shinrai-profile/1")))
                .hasMessageContaining("expected 'shinrai-risk-method/1' but found 'shinrai-profile/1'");
        assertThatThrownBy(() -> read(IPA.replace("version: \"2\"", "version: \"2\"\nid: again")))
                .hasMessageContaining("not readable as YAML").hasMessageContaining("Duplicate Object property \"id\"");
        assertThatThrownBy(() -> read("- just\n- a list")).hasMessageContaining("must be a YAML mapping");
        assertThatThrownBy(() -> read("{")).hasMessageContaining("not readable as YAML");
    }

    @Test
    void theMatrixIsEditedCellByCellWithinTheScale() {
        RiskMethod method = RiskMethodLibrary.builtIn().find("ipa-3").orElseThrow();
        IpaFormula ipa = (IpaFormula) method.formula();

        IpaFormula edited = ipa.withCell(1, 3, 1);

        assertThat(edited.likelihood(1, 3)).isEqualTo(1);
        assertThat(ipa.likelihood(1, 3)).isEqualTo(2);
        assertThatThrownBy(() -> ipa.withCell(2, 2, 4))
                .hasMessageContaining("threat 2, vulnerability 2: 4 is outside the scale 1 to 3");
        assertThatThrownBy(() -> ipa.withCell(4, 1, 1))
                .hasMessageContaining("the likelihood table has no cell for threat 4 and vulnerability 1");
    }
}
