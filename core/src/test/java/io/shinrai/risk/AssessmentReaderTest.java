package io.shinrai.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.LocalizedText;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

public class AssessmentReaderTest {

    static AssessmentReader reader;

    @BeforeAll
    static void load() throws Exception {
        reader = new AssessmentReader(RiskMethodLibrary.builtIn(), new AssessmentVocabulary(
                AnnexA.controls(), CatalogueLibrary.load(null)));
    }

    static Assessment shipped(String name) throws Exception {
        try (InputStream in = AssessmentReaderTest.class.getResourceAsStream("/risk/assessments/" + name)) {
            return reader.read(in);
        }
    }

    static String text(String name) throws Exception {
        try (InputStream in = AssessmentReaderTest.class.getResourceAsStream("/risk/assessments/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"template-remote-maintenance.yaml", "sample-ct-ip-vpn.yaml", "sample-ct-tls.yaml"})
    void shippedAssessmentsReadAndCoverEveryKindOfAsset(String name) throws Exception {
        Assessment assessment = shipped(name);

        assertThat(assessment.state()).isEqualTo(AssessmentState.DRAFT);
        assertThat(assessment.rows()).extracting(RiskRow::asset).contains("maintenance-pc", "hospital-gateway",
                "line", "target-device", "medical-information", "maintenance-log", "credentials",
                "maintenance-staff");
        assertThat(assessment.rows()).allSatisfy(row -> assertThat(row.controls()).isNotEmpty());
    }

    @Test
    void theSamplesLowerEveryRiskTheyMitigateBelowNotAcceptable() throws Exception {
        for (String name : new String[] {"sample-ct-ip-vpn.yaml", "sample-ct-tls.yaml"}) {
            Assessment sample = shipped(name);
            assertThat(sample.hospital()).isEqualTo("example-general-hospital");
            assertThat(sample.risks()).filteredOn(risk -> risk.row().treatment() == Treatment.MITIGATE)
                    .allSatisfy(risk -> {
                        assertThat(risk.residual()).isLessThan(risk.inherent());
                        assertThat(risk.residualTier()).isNotEqualTo(AcceptanceTier.NOT_ACCEPTABLE);
                    });
            StatementOfApplicability soa = StatementOfApplicability.of(sample, AnnexA.controls());
            assertThat(soa.controls()).filteredOn(a -> a.control().id().equals("5.23")).singleElement()
                    .satisfies(a -> assertThat(a.reason().en()).isEqualTo("No cloud service is used."));
        }
        Assessment tls = shipped("sample-ct-tls.yaml");
        assertThat(tls.rows()).extracting(RiskRow::vulnerability).contains("certificate-lifecycle");
        assertThat(tls.rows()).flatExtracting(RiskRow::controls).contains(Control.parse("rss-sds:2.3"));
        assertThat(shipped("sample-ct-ip-vpn.yaml").rows()).flatExtracting(RiskRow::controls)
                .contains(Control.parse("rss-sds:2.2"));
    }

    @Test
    void badRowsAreRefusedWithEveryProblem() throws Exception {
        String yaml = text("sample-ct-ip-vpn.yaml")
                .replace("value: {c: 3, i: 2, a: 2}, threat: malware", "value: {c: 7, i: 2, a: 2}, threat: malware")
                .replace("\"5.16\", \"5.17\"", "\"5.16\", \"5.99\"")
                .replace("treatment: transfer", "treatment: ignore")
                .replace("due: 2026-12-31}", "due: someday}");

        assertThatThrownBy(() -> reader.read(yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidRiskDataException.class, refused -> assertThat(refused.problems())
                        .extracting(LocalizedText::en).contains(
                                "rows[3].treatment: \"ignore\" is not one of accept, mitigate, transfer, avoid",
                                "rows[2].due: \"someday\" is not a date such as 2027-03-31"));
        String outOfScale = text("sample-ct-ip-vpn.yaml")
                .replace("value: {c: 3, i: 2, a: 2}, threat: malware", "value: {c: 7, i: 2, a: 2}, threat: malware")
                .replace("\"5.16\", \"5.17\"", "\"5.16\", \"5.99\"");
        assertThatThrownBy(() -> reader.read(outOfScale.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("row R01: asset value (confidentiality) 7 is outside the scale 1 to 3");
        String unknownControl = text("sample-ct-ip-vpn.yaml").replace("\"5.16\", \"5.17\"", "\"5.16\", \"5.99\"");
        assertThatThrownBy(() -> reader.read(unknownControl.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("row R03: \"5.99\" is not an ISO/IEC 27001:2022 Annex A control");
    }

    @Test
    void anUnknownMethodIsNamed() throws Exception {
        String yaml = text("sample-ct-tls.yaml").replace("method: ipa-3", "method: ipa-9");

        assertThatThrownBy(() -> reader.read(yaml.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("there is no method \"ipa-9\" (known: ipa-3, multiplicative-3)");
    }

    @Test
    void theCatalogueIsKeptInFullAndAFileWithoutOneUsesTheBuiltIn() throws Exception {
        Assessment sample = shipped("sample-ct-tls.yaml");
        RiskCatalogue renamed = renamedPc(RiskCatalogue.remoteMaintenance());
        Assessment own = new Assessment(sample.id(), 1, sample.title(), sample.service(), null, sample.method(),
                renamed, AssessmentState.DRAFT, sample.rows(), sample.notApplicable());

        String yaml = new RiskYamlWriter().write(own);

        assertThat(sample.catalogue()).isEqualTo(RiskCatalogue.remoteMaintenance());
        assertThat(reader.read(yaml.getBytes(StandardCharsets.UTF_8)).catalogue()).isEqualTo(renamed);
        assertThat(yaml).contains("ja: \"院外の保守端末\"");
        String withoutPc = yaml.replace("  - id: \"maintenance-pc\"\n    ja: \"院外の保守端末\"\n    en: \"Remote PC\"\n", "");
        assertThatThrownBy(() -> reader.read(withoutPc.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("asset \"maintenance-pc\" is not in catalogue remote-maintenance");
        String bad = yaml.replace("id: \"maintenance-pc\"", "id: \"Maintenance PC\"");
        assertThatThrownBy(() -> reader.read(bad.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("catalogue: \"Maintenance PC\": an id must be lower-case letters");
    }

    /** The built-in catalogue with the maintenance PC renamed, as an organisation edits its copy. */
    public static RiskCatalogue renamedPc(RiskCatalogue catalogue) {
        return new RiskCatalogue(catalogue.id(), "2", catalogue.title(), catalogue.assets().stream()
                .map(term -> term.id().equals("maintenance-pc")
                        ? new RiskTerm(term.id(), new LocalizedText("院外の保守端末", "Remote PC")) : term).toList(),
                catalogue.threats(), catalogue.vulnerabilities());
    }
}
