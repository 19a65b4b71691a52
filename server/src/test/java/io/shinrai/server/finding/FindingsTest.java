package io.shinrai.server.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.advisory.Advisories;
import io.shinrai.server.advisory.AdvisoryFormat;
import io.shinrai.server.apitoken.ApiTokens;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.product.Lifecycle;
import io.shinrai.server.product.Product;
import io.shinrai.server.product.ProductVersion;
import io.shinrai.server.product.Products;
import io.shinrai.server.sbom.Sboms;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A version's SBOM is matched against the advisories held: each finding says what of the advisory matched, a
 * revised advisory changes the findings it concerns, and the manufacturer's analysis stays with its finding.
 */
@ShinraiTest
@AutoConfigureMockMvc
class FindingsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Products products;
    @Autowired
    Sboms sboms;
    @Autowired
    Advisories advisories;
    @Autowired
    Findings findings;
    @Autowired
    ApiTokens tokens;

    @TempDir
    Path folder;

    Organisation maker;
    ProductVersion version;
    WebSession editor;
    /** The advisories' ids start with it, so that only this test's advisories are counted. */
    String prefix;

    @BeforeEach
    void aManufacturerWithAVersion() throws Exception {
        maker = fixtures.organisation(OrganisationKind.MANUFACTURER);
        Product viewer = products.add(maker.id(), "DICOM viewer");
        version = products.addVersion(maker.id(), viewer.id(), "3.0", Lifecycle.UNKNOWN);
        editor = new WebSession(mvc);
        editor.signIn(fixtures.member(maker, OrgRole.EDITOR).email(), Fixtures.PASSWORD);
        prefix = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    @Test
    void eachFindingSaysWhichRangeOrCpeCriterionMatched() throws Exception {
        importAdvisories(AdvisoryFormat.OSV, "jackson-databind.osv.json", "log4j.osv.json");
        importAdvisories(AdvisoryFormat.NVD, "openjpeg.nvd.json");

        uploadSbom();

        assertThat(ours()).extracting(finding -> finding.advisoryId() + " " + finding.component() + ": "
                + finding.matched()).containsExactlyInAnyOrder(
                prefix + "0001 com.fasterxml.jackson.core/jackson-databind@2.9.8: "
                        + "pkg:maven/com.fasterxml.jackson.core/jackson-databind ECOSYSTEM range introduced 2.9.0, "
                        + "fixed 2.9.9",
                prefix + "0201 openjpeg@2.3.1: CPE cpe:2.3:a:uclouvain:openjpeg:*:*:*:*:*:*:*:* "
                        + "up to 2.4.0 (excluding)");
        assertThat(editor.get(findingsPage()).getContentAsString()).contains("該当した条件")
                .contains("fixed 2.9.9").contains("未分析");
    }

    @Test
    void aRevisedAdvisoryIsMatchedAgainAndTheOtherFindingsStayAsTheyWere() throws Exception {
        importAdvisories(AdvisoryFormat.OSV, "jackson-databind.osv.json", "log4j.osv.json");
        uploadSbom();
        long jacksonFinding = ours().get(0).id();

        importAdvisories(AdvisoryFormat.OSV, "log4j-revised.osv.json");

        assertThat(ours()).extracting(VersionFinding::advisoryId).containsExactlyInAnyOrder(prefix + "0001",
                prefix + "0002");
        assertThat(ours()).filteredOn(finding -> finding.advisoryId().equals(prefix + "0001"))
                .extracting(VersionFinding::id).containsExactly(jacksonFinding);
        assertThat(ours()).filteredOn(finding -> finding.advisoryId().equals(prefix + "0002"))
                .extracting(VersionFinding::matched).containsExactly("pkg:maven/org.apache.logging.log4j/log4j-core "
                        + "ECOSYSTEM range introduced 2.0-beta9, fixed 2.15.0");
    }

    @Test
    void theAnalysisOfAFindingIsShownWithItsCsafStatusAndOutlivesANewSbom() throws Exception {
        importAdvisories(AdvisoryFormat.OSV, "jackson-databind.osv.json");
        uploadSbom();
        long finding = ours().get(0).id();

        editor.post(findingsPage() + "/" + finding + "/analysis", "state", "NOT_AFFECTED", "justification",
                "CODE_NOT_REACHABLE", "detail", "多態型の読み込みは使用していません。");
        uploadSbom();
        String page = editor.get(findingsPage()).getContentAsString();

        assertThat(page).contains("影響なし(known_not_affected)").contains("該当するコードが実行されない")
                .contains("多態型の読み込みは使用していません。");
        assertThat(ours()).allMatch(each -> !each.open());
    }

    @Test
    void aWithdrawnAdvisoryTakesItsFindingsAway() throws Exception {
        importAdvisories(AdvisoryFormat.OSV, "jackson-databind.osv.json");
        uploadSbom();
        Path withdrawal = folder.resolve("withdrawn.json");
        Files.writeString(withdrawal, Files.readString(Path.of(getClass().getResource(
                "/advisories/jackson-databind.osv.json").toURI())).replace("TEST-2026-", prefix)
                .replace("\"modified\": \"2026-03-01T00:00:00Z\"",
                        "\"modified\": \"2026-05-01T00:00:00Z\", \"withdrawn\": \"2026-05-01T00:00:00Z\""));

        advisories.importFrom(AdvisoryFormat.OSV, "test OSV", "withdrawn.json", withdrawal, Locale.JAPANESE);

        assertThat(ours()).isEmpty();
    }

    @Test
    void aVersionTheEcosystemCannotReadIsShownAsUndecidedNotAsUnaffected() throws Exception {
        Path advisory = folder.resolve("pypi.json");
        Files.writeString(advisory, """
                {"id": "%s0301", "modified": "2026-03-01T00:00:00Z", "summary": "Header injection",
                 "affected": [{"package": {"ecosystem": "PyPI", "name": "pydicom"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2.4.0"}]}]}]}"""
                .formatted(prefix));
        advisories.importFrom(AdvisoryFormat.OSV, "test OSV", "pypi.json", advisory, Locale.JAPANESE);

        sboms.importFile(maker.id(), version.id(), "tool.json", new ByteArrayInputStream("""
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"type": "library",
                  "name": "pydicom", "version": "nightly build", "purl": "pkg:pypi/pydicom@nightly%20build"}]}"""
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(ours()).singleElement().satisfies(finding -> {
            assertThat(finding.undecided()).isTrue();
            assertThat(finding.open()).isTrue();
        });
        assertThat(editor.get(findingsPage()).getContentAsString()).contains("判定できず");
    }

    @Test
    void aPipelineReadsTheOpenFindingsWithItsToken() throws Exception {
        importAdvisories(AdvisoryFormat.OSV, "jackson-databind.osv.json");
        uploadSbom();
        String token = tokens.issue(maker.id(), fixtures.member(maker, OrgRole.ORG_ADMIN).id(), "CI",
                OrgRole.VIEWER, Duration.ofDays(1)).secret();

        String json = mvc.perform(MockMvcRequestBuilders.get("/api/v1/organisations/" + maker.id() + "/versions/"
                        + version.id() + "/findings").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andReturn().getResponse().getContentAsString();

        assertThat(json).contains("\"advisory\":\"" + prefix + "0001\"").contains("\"open\":true")
                .contains("fixed 2.9.9");
    }

    @Test
    void realGoAdvisoriesFindVulnerableModulesOfARealSbom() throws Exception {
        Path data = Path.of("").toAbsolutePath().getParent().resolve("../shared/data").normalize();
        Path go = data.resolve("osv/go-vulndb-osv.zip");
        Path bridge = data.resolve("sbom/cyclonedx/proton-bridge__proton-bridge-v1.8.0.bom.json");
        assumeTrue(Files.isRegularFile(go) && Files.isRegularFile(bridge),
                "../shared/data is absent: the real advisories and SBOM are not matched");

        advisories.importFrom(AdvisoryFormat.OSV, "OSV Go", go.getFileName().toString(), go, Locale.JAPANESE);
        try (InputStream in = Files.newInputStream(bridge)) {
            sboms.importFile(maker.id(), version.id(), bridge.getFileName().toString(), in);
        }

        List<VersionFinding> found = findings.ofVersion(maker.id(), version.id());
        assertThat(found).isNotEmpty().allSatisfy(finding -> assertThat(finding.advisoryId()).startsWith("GO-"))
                .allSatisfy(finding -> assertThat(finding.matched()).startsWith("pkg:golang/"));
    }

    private List<VersionFinding> ours() {
        return findings.ofVersion(maker.id(), version.id()).stream()
                .filter(finding -> finding.advisoryId().startsWith(prefix)).toList();
    }

    private void importAdvisories(AdvisoryFormat format, String... names) throws Exception {
        Path batch = Files.createDirectory(folder.resolve(UUID.randomUUID().toString()));
        for (String name : names) {
            String json = Files.readString(Path.of(getClass().getResource("/advisories/" + name).toURI()))
                    .replace("TEST-2026-", prefix).replace("CVE-2099-", prefix);
            Files.writeString(batch.resolve(name), json);
        }
        advisories.importFrom(format, "test " + format, "test", batch, Locale.JAPANESE);
    }

    private void uploadSbom() throws Exception {
        byte[] sbom;
        try (InputStream in = getClass().getResourceAsStream("/sbom/viewer-3.0.cdx.json")) {
            sbom = in.readAllBytes();
        }
        editor.upload("/orgs/" + maker.id() + "/versions/" + version.id() + "/sbom",
                new MockMultipartFile("file", "viewer-3.0.cdx.json", "application/json", sbom));
    }

    private String findingsPage() {
        return "/orgs/" + maker.id() + "/versions/" + version.id() + "/findings";
    }
}
