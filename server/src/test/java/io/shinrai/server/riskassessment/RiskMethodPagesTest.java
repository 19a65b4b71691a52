package io.shinrai.server.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.risk.IpaFormula;
import io.shinrai.risk.RiskMethod;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An organisation makes its own risk method from a built-in one in the matrix editor, and an assessment keeps the
 * method it was made with until a draft is recalculated on purpose.
 */
@ShinraiTest
@AutoConfigureMockMvc
class RiskMethodPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RiskMethods methods;
    @Autowired
    RiskAssessments assessments;

    Organisation vendor;
    WebSession editor;
    String method;

    @BeforeEach
    void ownCopyOfTheIpaMethod() throws Exception {
        vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        editor = new WebSession(mvc);
        editor.signIn(fixtures.member(vendor, OrgRole.EDITOR).email(), Fixtures.PASSWORD);
        method = editor.post("/orgs/" + vendor.id() + "/risk-methods", "from", "ipa-3").getRedirectedUrl();
    }

    @Test
    void theMatrixEditorSavesACellTheThresholdsAndAFourthThreatLevel() throws Exception {
        List<String> form = ipa3Form("1", "3");
        form.addAll(List.of("threat.4.ja", "極めて高い", "threat.4.en", "Very high"));
        form.set(form.indexOf("cell.1.1") + 1, "2");

        MockHttpServletResponse saved = editor.submit(method, form.toArray(String[]::new));

        assertThat(saved.getContentAsString()).contains("方法を保存しました。", "第2版", "極めて高い");
        RiskMethod kept = stored();
        assertThat(kept.threat().top()).isEqualTo(4);
        assertThat(((IpaFormula) kept.formula()).likelihood(1, 1)).isEqualTo(2);
        assertThat(kept.acceptance().manageUpTo()).isEqualTo(3);
    }

    @Test
    void thresholdsInTheWrongOrderAndTooFewLevelsAreRefusedAsTyped() throws Exception {
        List<String> form = ipa3Form("5", "3");
        form.set(form.indexOf("vulnerability.3.ja") + 1, "");
        form.set(form.indexOf("vulnerability.3.en") + 1, "");

        MockHttpServletResponse refused = editor.post(method, form.toArray(String[]::new));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("脆弱性の段階は 3〜5 にしてください（2 段階です）。",
                "value=\"5\"");
        assertThat(stored().version()).isEqualTo("1");
    }

    @Test
    void aDraftRecalculatedUnderTheOrganisationsMethodTakesItsTiers() throws Exception {
        String service = editor.post("/orgs/" + vendor.id() + "/remote-services", "name", "MR 保守").getRedirectedUrl();
        String assessment = editor.post(service + "/assessments", "method", "built-in:ipa-3", "start", "template-remote-maintenance")
                .getRedirectedUrl();
        editor.post(method, ipa3Form("1", "2").toArray(String[]::new));

        String methodId = method.substring(method.lastIndexOf('/') + 1);
        MockHttpServletResponse recalculated = editor.submit(assessment + "/method", "method", methodId);

        assertThat(recalculated.getContentAsString()).contains("すべてのリスク値を再計算しました。");
        StoredAssessment kept = assessments.get(vendor.id(), UUID.fromString(
                assessment.substring(assessment.lastIndexOf('/') + 1)));
        assertThat(kept.assessment().method().title().ja()).isEqualTo("自社 3 段階");
        assertThat(kept.assessment().method().acceptance().manageUpTo()).isEqualTo(2);
        assertThat(recalculated.getContentAsString()).contains("自社 3 段階");
    }

    /** The form of the built-in IPA method as the editor shows it, with the thresholds given. */
    private List<String> ipa3Form(String acceptUpTo, String manageUpTo) {
        List<String> form = new ArrayList<>(List.of("title.ja", "自社 3 段階", "title.en", "Our 3 levels",
                "formula", "ipa", "acceptUpTo", acceptUpTo, "manageUpTo", manageUpTo));
        for (String scale : MethodForm.SCALES) {
            form.addAll(List.of(scale + ".1.ja", "低", scale + ".1.en", "Low", scale + ".2.ja", "中",
                    scale + ".2.en", "Medium", scale + ".3.ja", "高", scale + ".3.en", "High"));
        }
        int[][] table = {{1, 1, 2}, {1, 2, 3}, {2, 3, 3}};
        for (int t = 1; t <= 3; t++) {
            for (int v = 1; v <= 3; v++) {
                form.addAll(List.of("cell." + t + "." + v, Integer.toString(table[t - 1][v - 1])));
            }
        }
        return form;
    }

    private RiskMethod stored() {
        return methods.get(vendor.id(), UUID.fromString(method.substring(method.lastIndexOf('/') + 1))).method();
    }
}
