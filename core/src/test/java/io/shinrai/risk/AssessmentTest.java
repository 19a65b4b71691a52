package io.shinrai.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    static AssessmentVocabulary vocabulary;
    static RiskMethod ipa;
    static RiskMethod multiplicative;

    @BeforeAll
    static void load() throws Exception {
        vocabulary = new AssessmentVocabulary(AnnexA.controls(), CatalogueLibrary.load(null));
        ipa = RiskMethodLibrary.builtIn().find("ipa-3").orElseThrow();
        multiplicative = RiskMethodLibrary.builtIn().find("multiplicative-3").orElseThrow();
    }

    static RiskRow row(String id, String... controls) {
        return new RiskRow(id, "maintenance-pc", new AssetValue(3, 2, 2), "malware", "unpatched-software",
                new Exposure(3, 3), List.of(controls).stream().map(Control::parse).toList(), new Exposure(3, 1),
                Responsibility.VENDOR, Treatment.MITIGATE, "保守部 山田", LocalDate.of(2027, 3, 31));
    }

    static Assessment draft(RiskRow... rows) {
        return new Assessment("ct-remote", 1, new LocalizedText("CT リモート保守", "CT remote maintenance"),
                "acme-ct-remote", null, ipa, RiskCatalogue.remoteMaintenance(), AssessmentState.DRAFT, List.of(rows),
                Map.of());
    }

    @Test
    void annexAHasTheNinetyThreeControlsInOrder() {
        List<RiskTerm> controls = AnnexA.controls().all();

        assertThat(controls).hasSize(93);
        assertThat(controls.stream().filter(c -> c.id().startsWith("5."))).hasSize(37);
        assertThat(controls.stream().filter(c -> c.id().startsWith("6."))).hasSize(8);
        assertThat(controls.stream().filter(c -> c.id().startsWith("7."))).hasSize(14);
        assertThat(controls.stream().filter(c -> c.id().startsWith("8."))).hasSize(34);
        assertThat(controls.get(0).id()).isEqualTo("5.1");
        assertThat(controls.get(92).id()).isEqualTo("8.34");
        assertThat(AnnexA.controls().find("8.5").orElseThrow().name().en()).isEqualTo("Secure authentication");
    }

    @Test
    void risksAreComputedAndFollowAChangeOfMethod() {
        Assessment assessment = draft(row("R01", "8.7", "8.8"));

        RowRisk risk = assessment.risks().get(0);
        assertThat(risk.inherent()).isEqualTo(9);
        assertThat(risk.inherentTier()).isEqualTo(AcceptanceTier.NOT_ACCEPTABLE);
        assertThat(risk.residual()).isEqualTo(6); // likelihood at threat 3, vulnerability 1 is 2
        RowRisk recalculated = assessment.withMethod(multiplicative).risks().get(0);
        assertThat(recalculated.inherent()).isEqualTo(27);
        assertThat(recalculated.residual()).isEqualTo(9);
        assertThat(recalculated.residualTier()).isEqualTo(AcceptanceTier.ACCEPT_UNDER_MANAGEMENT);
    }

    @Test
    void levelsOutsideTheScaleAreRefusedRowByRow() {
        RiskRow tooHigh = new RiskRow("R07", "maintenance-pc", new AssetValue(4, 2, 2), "malware",
                "unpatched-software", new Exposure(3, 0), List.of(), new Exposure(1, 1), Responsibility.SHARED,
                Treatment.ACCEPT, "", null);

        assertThatThrownBy(() -> draft(tooHigh)).isInstanceOfSatisfying(InvalidRiskDataException.class, refused ->
                assertThat(refused.problems()).extracting(LocalizedText::ja).containsExactly(
                        "行 R07: 資産価値（機密性）「4」は 1〜3 の範囲外です。",
                        "行 R07（対策前）: 脆弱性「0」は 1〜3 の範囲外です。"));
    }

    @Test
    void unknownControlsAndNamesAreRefused() {
        RiskRow row = new RiskRow("R02", "toaster", new AssetValue(1, 1, 1), "malware", "unpatched-software",
                new Exposure(1, 1), List.of(Control.parse("5.38"), Control.parse("rss-sds:99.9")), new Exposure(1, 1),
                Responsibility.HOSPITAL, Treatment.ACCEPT, "", null);

        assertThatThrownBy(() -> vocabulary.check(draft(row))).isInstanceOfSatisfying(InvalidRiskDataException.class,
                refused -> assertThat(refused.problems()).extracting(LocalizedText::en).containsExactly(
                        "row R02: asset \"toaster\" is not in catalogue remote-maintenance",
                        "row R02: \"5.38\" is not an ISO/IEC 27001:2022 Annex A control (5.1-5.37, 6.1-6.8, 7.1-7.14, "
                                + "8.1-8.34)",
                        "row R02: there is no disclosure item \"rss-sds:99.9\""));
    }

    @Test
    void anAcceptedAssessmentIsFrozenAndChangesGoToANewVersion() {
        Assessment accepted = draft(row("R01", "8.7")).moveTo(AssessmentState.SUBMITTED)
                .moveTo(AssessmentState.ACCEPTED);

        assertThatThrownBy(() -> accepted.withRows(List.of())).hasMessageContaining(
                "version 1 is accepted and cannot be changed; create a new version to change it");
        assertThatThrownBy(() -> accepted.withMethod(multiplicative)).isInstanceOf(InvalidRiskDataException.class);
        assertThatThrownBy(() -> accepted.moveTo(AssessmentState.DRAFT))
                .hasMessageContaining("the accepted version is frozen");
        Assessment next = accepted.nextVersion().withMethod(multiplicative);
        assertThat(next.version()).isEqualTo(2);
        assertThat(next.state()).isEqualTo(AssessmentState.DRAFT);
        assertThat(accepted.method()).isEqualTo(ipa);
    }

    @Test
    void onlyTheReviewStepsAreAllowed() {
        Assessment draft = draft(row("R01"));

        assertThatThrownBy(() -> draft.moveTo(AssessmentState.ACCEPTED))
                .hasMessageContaining("cannot go from draft to accepted");
        Assessment rejected = draft.moveTo(AssessmentState.SUBMITTED).moveTo(AssessmentState.REJECTED);
        assertThatThrownBy(() -> rejected.withRows(List.of())).hasMessageContaining("move it back to draft first");
        assertThat(rejected.moveTo(AssessmentState.DRAFT).withRows(List.of()).rows()).isEmpty();
    }

    @Test
    void statementOfApplicabilityFollowsTheRows() {
        Assessment assessment = draft(row("R01", "8.7", "8.8", "rss-sds:1.1"), row("R02", "8.7"))
                .withNotApplicable(Map.of("7.5", new LocalizedText("建物は医療機関の管理", "the building is the hospital's")));

        StatementOfApplicability soa = StatementOfApplicability.of(assessment, AnnexA.controls());

        assertThat(soa.controls()).hasSize(93);
        assertThat(soa.applicableCount()).isEqualTo(2);
        Applicability malware = soa.controls().stream().filter(a -> a.control().id().equals("8.7")).findFirst()
                .orElseThrow();
        assertThat(malware.rows()).containsExactly("R01", "R02");
        assertThat(malware.reason().en()).isEqualTo("treats the risks R01, R02");
        Applicability building = soa.controls().stream().filter(a -> a.control().id().equals("7.5")).findFirst()
                .orElseThrow();
        assertThat(building.applicable()).isFalse();
        assertThat(building.reason().ja()).isEqualTo("建物は医療機関の管理");
    }

    @Test
    void anEditedCatalogueIsCheckedLikeAnyOtherFile() {
        String yaml = """
                format: shinrai-risk-catalogue/1
                id: sakura
                version: "1"
                title: {ja: さくら病院, en: Sakura Hospital}
                assets:
                  - {id: pc, ja: 端末, en: PC}
                  - {id: pc, ja: 端末２, en: PC 2}
                threats:
                  - {id: theft, ja: 盗難}
                vulnerabilities: []
                """;

        assertThatThrownBy(() -> RiskCatalogue.read(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidRiskDataException.class, refused -> assertThat(refused.problems())
                        .extracting(LocalizedText::en).containsExactly(
                                "assets[1].id: \"pc\" is given twice",
                                "threats[0].en: required",
                                "vulnerabilities: required, as a list with at least one entry"));
        assertThat(RiskCatalogue.remoteMaintenance().assets()).extracting(RiskTerm::id).contains("maintenance-pc",
                "hospital-gateway", "line", "target-device", "medical-information", "maintenance-log",
                "credentials", "maintenance-staff");
    }
}
