package io.shinrai.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.catalog.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RiskYamlWriterTest {

    private final RiskYamlWriter writer = new RiskYamlWriter();

    @BeforeAll
    static void load() throws Exception {
        AssessmentReaderTest.load();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void builtInMethodsReadBackUnchanged() {
        for (RiskMethod method : RiskMethodLibrary.builtIn().all()) {
            assertThat(new RiskMethodReader().read(utf8(writer.write(method)))).isEqualTo(method);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"template-remote-maintenance.yaml", "sample-ct-ip-vpn.yaml", "sample-ct-tls.yaml"})
    void assessmentsReadBackUnchanged(String name) throws Exception {
        Assessment assessment = AssessmentReaderTest.shipped(name);

        assertThat(AssessmentReaderTest.reader.read(utf8(writer.write(assessment)))).isEqualTo(assessment);
    }

    @Test
    void anAssessmentKeepsTheMethodItWasFrozenWithNotTheLibrarysCurrentOne() throws Exception {
        Assessment sample = AssessmentReaderTest.shipped("sample-ct-tls.yaml");
        RiskMethod ipa = sample.method();
        RiskMethod stricter = new RiskMethod("ipa-3", "1", ipa.title(), ipa.confidentiality(), ipa.integrity(),
                ipa.availability(), ipa.threat(), ipa.vulnerability(), ipa.formula(), new AcceptanceThresholds(1, 2));
        Assessment frozen = sample.withMethod(stricter);

        String text = writer.write(frozen);

        assertThat(text).contains("manageUpTo: 2");
        Assessment read = AssessmentReaderTest.reader.read(utf8(text));
        assertThat(read.method()).isEqualTo(stricter).isNotEqualTo(ipa);
        assertThat(read.risks()).extracting(RowRisk::residualTier).contains(AcceptanceTier.NOT_ACCEPTABLE);
    }

    @Test
    void problemsOfAnInlineMethodNameTheMethodField() throws Exception {
        String text = writer.write(AssessmentReaderTest.shipped("sample-ct-tls.yaml"))
                .replace("kind: \"ipa\"", "kind: \"lookup\"");

        assertThatThrownBy(() -> AssessmentReaderTest.reader.read(utf8(text)))
                .isInstanceOfSatisfying(InvalidRiskDataException.class, refused -> assertThat(refused.problems())
                        .extracting(LocalizedText::en)
                        .isEqualTo(List.of("method: formula.kind: must be 'ipa' or 'multiplicative', not 'lookup'")));
    }
}
