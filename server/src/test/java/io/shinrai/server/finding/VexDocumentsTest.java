package io.shinrai.server.finding;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.SystemCategory;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.VulnerableProducts;
import io.shinrai.server.WebSession;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.product.Lifecycle;
import io.shinrai.server.product.ProductVersion;
import io.shinrai.vuln.CsafValidator;
import io.shinrai.vuln.VexResponse;
import io.shinrai.vuln.VexState;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The manufacturer hands its analyses out as a VEX document in CycloneDX or CSAF, a hospital that installed the
 * version downloads the same, and a VEX document read back sets the analyses of the findings it names.
 */
@ShinraiTest
@AutoConfigureMockMvc
class VexDocumentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    VulnerableProducts vulnerable;
    @Autowired
    Findings findings;
    @Autowired
    Inventory inventory;

    Organisation maker;
    ProductVersion version;
    WebSession vendor;
    String advisoryId;
    String page;

    @BeforeEach
    void aVersionWithAFinding() throws Exception {
        maker = fixtures.organisation(OrganisationKind.MANUFACTURER);
        advisoryId = vulnerable.jacksonAdvisory();
        version = vulnerable.viewer(maker, Lifecycle.UNKNOWN);
        vendor = new WebSession(mvc);
        vendor.signIn(fixtures.member(maker, OrgRole.EDITOR).email(), Fixtures.PASSWORD);
        page = "/orgs/" + maker.id() + "/versions/" + version.id();
    }

    @Test
    void theAnalysisGoesOutAsCycloneDxAndCsafAndToTheHospitalsThatInstalledTheVersion() throws Exception {
        vendor.post(page + "/findings/" + finding().id() + "/analysis", "state", "NOT_AFFECTED",
                "justification", "CODE_NOT_REACHABLE", "detail", "The viewer never deserialises untrusted JSON.");

        MockHttpServletResponse cycloneDx = vendor.get(page + "/vex", MediaType.APPLICATION_JSON);
        assertThat(cycloneDx.getHeader("Content-Disposition")).contains("DICOM_viewer-3.0.vex.cdx.json");
        assertThat(cycloneDx.getContentAsString()).contains(advisoryId, "pkg:maven/com.fasterxml.jackson.core/"
                + "jackson-databind@2.9.8", "not_affected", "code_not_reachable");
        String csaf = vendor.get(page + "/vex?format=CSAF", MediaType.APPLICATION_JSON).getContentAsString();
        assertThat(csaf).contains("csaf_vex", "known_not_affected", maker.name());
        assertThat(CsafValidator.validate(csaf.getBytes(StandardCharsets.UTF_8))).isEmpty();

        Organisation hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        inventory.add(hospital.id(), new LedgerEntry("読影端末", SystemCategory.PACS, maker.name(), "DICOM viewer",
                "3.0", null, null, null, false, null, null, null));
        WebSession nurse = new WebSession(mvc);
        nurse.signIn(fixtures.member(hospital, OrgRole.VIEWER).email(), Fixtures.PASSWORD);
        String exposure = "/orgs/" + hospital.id() + "/exposure/versions/" + version.id() + "/vex";
        assertThat(nurse.get(exposure, MediaType.APPLICATION_JSON).getContentAsString()).contains("not_affected");
        Organisation other = fixtures.organisation(OrganisationKind.HOSPITAL);
        WebSession stranger = new WebSession(mvc);
        stranger.signIn(fixtures.member(other, OrgRole.VIEWER).email(), Fixtures.PASSWORD);
        assertThat(stranger.get("/orgs/" + other.id() + "/exposure/versions/" + version.id() + "/vex",
                MediaType.APPLICATION_JSON).getStatus()).isEqualTo(404);
    }

    @Test
    void aVexDocumentReadBackSetsTheAnalysisOfTheFindingsItNames() throws Exception {
        String vex = """
                {"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "vulnerabilities": [{
                  "id": "%s", "analysis": {"state": "exploitable", "response": ["update"],
                    "detail": "Fixed in 3.1."},
                  "affects": [{"ref": "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.8"}]}]}"""
                .formatted(advisoryId);

        String landed = vendor.uploadWith(page + "/vex", new MockMultipartFile("file", "vendor.vex.json",
                "application/json", vex.getBytes(StandardCharsets.UTF_8))).getRedirectedUrl();

        assertThat(landed).endsWith("/findings");
        VersionFinding analysed = finding();
        assertThat(analysed.analysis().state()).isEqualTo(VexState.EXPLOITABLE);
        assertThat(analysed.analysis().response()).isEqualTo(VexResponse.UPDATE);
        assertThat(analysed.analysis().detail()).isEqualTo("Fixed in 3.1.");
    }

    @Test
    void aFileThatIsNoVexChangesNothingAndSaysWhy() throws Exception {
        MockHttpServletResponse refused = vendor.uploadWith(page + "/vex", new MockMultipartFile("file",
                "notes.json", "application/json", "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8)));

        assertThat(vendor.get(refused.getRedirectedUrl()).getContentAsString())
                .contains("VEX を取り込めませんでした。何も変更していません。");
        assertThat(finding().analysis()).isNull();
    }

    private VersionFinding finding() {
        return findings.ofVersion(maker.id(), version.id()).stream()
                .filter(each -> each.advisoryId().equals(advisoryId)).findFirst().orElseThrow();
    }
}
