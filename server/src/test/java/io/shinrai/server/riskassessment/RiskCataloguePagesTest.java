package io.shinrai.server.riskassessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.risk.RiskCatalogue;
import io.shinrai.risk.RiskTerm;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An organisation edits its own catalogue of assets, threats and vulnerabilities, moves it in and out as YAML and
 * chooses it for new assessments; each assessment keeps the catalogue it was created with, and its rows, typed or
 * read from a workbook, may only name what that catalogue has.
 */
@ShinraiTest
@AutoConfigureMockMvc
class RiskCataloguePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RiskCatalogues catalogues;
    @Autowired
    RiskAssessments assessments;

    Organisation vendor;
    WebSession editor;
    String catalogue;

    @BeforeEach
    void ownCopyOfTheBuiltInCatalogue() throws Exception {
        vendor = fixtures.organisation(OrganisationKind.SERVICE_PROVIDER);
        editor = new WebSession(mvc);
        editor.signIn(fixtures.member(vendor, OrgRole.EDITOR).email(), Fixtures.PASSWORD);
        catalogue = editor.post("/orgs/" + vendor.id() + "/risk-catalogues").getRedirectedUrl();
    }

    @Test
    void theEditorRenamesAddsAndRemovesTermsAsTheNextVersion() throws Exception {
        assertThat(editor.get(catalogue).getContentAsString()).contains("保守用端末（事業者側）", "第1版");
        List<String> form = form(renamed(stored(), "院外の保守端末"));
        form.addAll(List.of("assets.10.id", "ups", "assets.10.ja", "無停電電源装置", "assets.10.en", "UPS",
                "vulnerabilities.10.remove", "on"));

        MockHttpServletResponse saved = editor.submit(catalogue, form.toArray(String[]::new));

        assertThat(saved.getContentAsString()).contains("カタログを保存しました。", "第2版", "院外の保守端末", "無停電電源装置");
        RiskCatalogue kept = stored();
        assertThat(kept.version()).isEqualTo("2");
        assertThat(kept.asset("maintenance-pc").orElseThrow().name().ja()).isEqualTo("院外の保守端末");
        assertThat(kept.asset("ups")).isPresent();
        assertThat(kept.vulnerability("single-line")).isEmpty();
        assertThat(kept.vulnerabilities()).hasSize(10);
    }

    @Test
    void aRepeatedIdAndAMissingNameAreRefusedAsTyped() throws Exception {
        List<String> form = form(stored());
        form.set(form.indexOf("threats.1.id") + 1, "unauthorised-access");
        form.set(form.indexOf("assets.2.en") + 1, "");

        MockHttpServletResponse refused = editor.post(catalogue, form.toArray(String[]::new));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("次の点を直してください。",
                "threats[1].id: 「unauthorised-access」が二度あります。", "assets[2].en: 必要です。");
        assertThat(stored().version()).isEqualTo("1");
    }

    @Test
    void anExportedCatalogueImportsBackAndABadFileChangesNothing() throws Exception {
        editor.post(catalogue, form(renamed(stored(), "院外の保守端末")).toArray(String[]::new));
        MockHttpServletResponse exported = editor.get(catalogue + "/file");
        assertThat(exported.getHeader("Content-Disposition")).contains(stored().id() + "-v2.yaml");

        MockHttpServletResponse imported = upload(exported.getContentAsByteArray());

        String copy = imported.getRedirectedUrl();
        assertThat(copy).isNotEqualTo(catalogue);
        assertThat(catalogues.get(vendor.id(), id(copy)).catalogue()).isEqualTo(stored());

        MockHttpServletResponse notTheFormat = upload("format: shinrai-risk-method/1\n"
                .getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse tooLarge = upload(new byte[RiskCatalogue.MAX_BYTES + 1]);

        assertThat(notTheFormat.getRedirectedUrl()).endsWith("/risk-catalogues");
        assertThat(editor.get(notTheFormat.getRedirectedUrl()).getContentAsString())
                .contains("format: 「shinrai-risk-catalogue/1」のはずが「shinrai-risk-method/1」です。");
        assertThat(editor.get(tooLarge.getRedirectedUrl()).getContentAsString())
                .contains("ファイルが 1024 KB を超えています。");
        assertThat(catalogues.of(vendor.id())).hasSize(2);
    }

    @Test
    void anAssessmentKeepsTheLabelsOfTheCatalogueItWasCreatedWith() throws Exception {
        editor.post(catalogue, form(renamed(stored(), "院外の保守端末")).toArray(String[]::new));
        editor.submit("/orgs/" + vendor.id() + "/risk-catalogues/default", "catalogue", id(catalogue).toString());
        String service = editor.post("/orgs/" + vendor.id() + "/remote-services", "name", "CT 保守").getRedirectedUrl();
        assertThat(editor.get(service).getContentAsString())
                .contains("value=\"" + id(catalogue) + "\" selected=\"selected\"");
        String first = start(service);

        editor.post(catalogue, form(renamed(stored(), "委託先の保守端末")).toArray(String[]::new));
        String second = start(service);

        assertThat(editor.get(first).getContentAsString()).contains("院外の保守端末", stored().id() + " 第2版")
                .doesNotContain("委託先の保守端末");
        assertThat(editor.get(second).getContentAsString()).contains("委託先の保守端末").doesNotContain("院外の保守端末");
        WebSession reviewer = new WebSession(mvc);
        reviewer.signIn(fixtures.member(vendor, OrgRole.REVIEWER).email(), Fixtures.PASSWORD);
        editor.submit(first + "/state", "to", "SUBMITTED");
        reviewer.submit(first + "/state", "to", "ACCEPTED");
        String next = editor.post(first + "/next-version").getRedirectedUrl();
        assertThat(editor.get(next).getContentAsString()).contains("院外の保守端末").doesNotContain("委託先の保守端末");
        assertThat(assessments.get(vendor.id(), id(next)).assessment().catalogue().version()).isEqualTo("2");
    }

    @Test
    void aRowNamingWhatTheFrozenCatalogueLacksIsRefusedOnThePageAndInAWorkbook() throws Exception {
        List<String> form = form(renamed(stored(), "院外の保守端末"));
        form.addAll(List.of("assets.10.id", "ups", "assets.10.ja", "無停電電源装置", "assets.10.en", "UPS"));
        editor.post(catalogue, form.toArray(String[]::new));
        String service = editor.post("/orgs/" + vendor.id() + "/remote-services", "name", "MR 保守").getRedirectedUrl();
        String builtIn = editor.post(service + "/assessments", "method", "built-in:ipa-3",
                "catalogue", "built-in:remote-maintenance", "start", "template-remote-maintenance").getRedirectedUrl();
        String own = editor.post(service + "/assessments", "method", "built-in:ipa-3",
                "catalogue", id(catalogue).toString(), "start", "template-remote-maintenance").getRedirectedUrl();

        MockHttpServletResponse refused = editor.post(builtIn + "/rows", "id", "R99", "asset", "ups", "c", "1", "i",
                "1", "a", "1", "threat", "malware", "vulnerability", "unpatched-software", "inherentThreat", "1",
                "inherentVulnerability", "1", "controls", "", "residualThreat", "1", "residualVulnerability", "1",
                "responsibility", "VENDOR", "treatment", "MITIGATE", "owner", "", "due", "");

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("行 R99: 資産「ups」はカタログ remote-maintenance にありません。");
        byte[] workbook = AssessmentFilesTest.editRiskList(editor.get(own + "/workbook").getContentAsByteArray(),
                "T01", "資産", "保守用端末（事業者側）");
        editor.upload(own + "/workbook", new MockMultipartFile("file", "risk.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook));
        assertThat(editor.get(own).getContentAsString())
                .contains("「保守用端末（事業者側）」は一覧にありません（シート「方法と凡例」の一覧から選んでください）。");
    }

    @Test
    void aTemplateNamingATermTheChosenCatalogueLacksIsRefusedByName() throws Exception {
        List<String> form = form(stored());
        form.addAll(List.of("assets.0.remove", "on"));
        editor.post(catalogue, form.toArray(String[]::new));
        String service = editor.post("/orgs/" + vendor.id() + "/remote-services", "name", "US 保守").getRedirectedUrl();

        MockHttpServletResponse refused = editor.post(service + "/assessments", "method", "built-in:ipa-3",
                "catalogue", id(catalogue).toString(), "start", "template-remote-maintenance");

        assertThat(refused.getRedirectedUrl()).isEqualTo(service);
        assertThat(editor.get(service).getContentAsString()).contains("資産「maintenance-pc」はカタログ "
                + stored().id() + " にありません。");
    }

    /** The editor's form of a catalogue, as the page shows it with every term in place. */
    private static List<String> form(RiskCatalogue shown) {
        List<String> form = new ArrayList<>(Arrays.asList("title.ja", shown.title().ja(), "title.en",
                shown.title().en()));
        List<List<RiskTerm>> lists = List.of(shown.assets(), shown.threats(), shown.vulnerabilities());
        for (int list = 0; list < lists.size(); list++) {
            String name = CatalogueForm.LISTS.get(list);
            List<RiskTerm> terms = lists.get(list);
            for (int index = 0; index < terms.size(); index++) {
                form.addAll(List.of(name + "." + index + ".id", terms.get(index).id(), name + "." + index + ".ja",
                        terms.get(index).name().ja(), name + "." + index + ".en", terms.get(index).name().en()));
            }
        }
        return form;
    }

    private static RiskCatalogue renamed(RiskCatalogue catalogue, String maintenancePc) {
        return new RiskCatalogue(catalogue.id(), catalogue.version(), catalogue.title(), catalogue.assets().stream()
                .map(term -> term.id().equals("maintenance-pc")
                        ? new RiskTerm(term.id(), new LocalizedText(maintenancePc, "Remote PC")) : term).toList(),
                catalogue.threats(), catalogue.vulnerabilities());
    }

    private String start(String service) throws Exception {
        return editor.post(service + "/assessments", "method", "built-in:ipa-3", "start", "template-remote-maintenance")
                .getRedirectedUrl();
    }

    private MockHttpServletResponse upload(byte[] bytes) throws Exception {
        return editor.upload("/orgs/" + vendor.id() + "/risk-catalogues/import",
                new MockMultipartFile("file", "catalogue.yaml", "application/yaml", bytes));
    }

    private RiskCatalogue stored() {
        return catalogues.get(vendor.id(), id(catalogue)).catalogue();
    }

    private static UUID id(String path) {
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }
}
