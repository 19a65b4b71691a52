package io.shinrai.server.securityadvisory;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.crypto.Sha256;
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
import io.shinrai.server.product.Products;
import io.shinrai.server.psirt.Submission;
import io.shinrai.server.psirt.VulnerabilityReports;
import io.shinrai.vuln.CsafValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A manufacturer turns a PSIRT report into a CSAF 2.0 advisory and publishes it. Anyone reads the TLP:WHITE ones
 * from the provider's index; the hospitals that run an affected version are told, and may download every advisory
 * about that version whatever its TLP; nobody else may. What cannot be published is refused with the reason.
 */
@ShinraiTest
@AutoConfigureMockMvc
class SecurityAdvisoryTest {

    static final String JACKSON = "pkg:maven/com.fasterxml.jackson.core/jackson-databind";
    private static final String CVSS31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    VulnerableProducts vulnerable;
    @Autowired
    Products products;
    @Autowired
    VulnerabilityReports reports;
    @Autowired
    Inventory inventory;
    @Autowired
    JdbcClient jdbc;

    Organisation maker;
    ProductVersion affected;
    ProductVersion fixed;
    WebSession team;
    WebSession anyone;
    String advisories;

    @BeforeEach
    void aManufacturerWithAnAffectedAndAFixedVersion() throws Exception {
        maker = fixtures.organisation(OrganisationKind.MANUFACTURER);
        affected = vulnerable.viewer(maker, Lifecycle.UNKNOWN);
        fixed = products.addVersion(maker.id(), affected.productId(), "3.1", Lifecycle.UNKNOWN);
        team = new WebSession(mvc);
        team.signIn(fixtures.member(maker, OrgRole.EDITOR).email(), Fixtures.PASSWORD);
        anyone = new WebSession(mvc);
        advisories = "/orgs/" + maker.id() + "/security-advisories";
    }

    @Test
    void aReportBecomesAnAdvisoryThatAnyCsafToolReadsFromTheProvidersIndex() throws Exception {
        VulnerabilityReports.Receipt receipt = reports.receive(maker.id(), new Submission(
                "Deserialisation in the study import", "DICOM viewer 3.0",
                "A crafted study description runs code through the bundled jackson-databind.", null, null, ""),
                List.of());
        reports.assess(maker.id(), receipt.report().id(), new VulnerabilityReports.Assessment("", CVSS31,
                List.of(affected.id()), "", null));

        String advisory = team.post(advisories, "report", receipt.report().id().toString()).getRedirectedUrl();
        assertThat(team.get(advisory).getContentAsString()).contains("Deserialisation in the study import",
                "下書き（未公開）", CVSS31, "基本値 9.8（緊急）");
        write(advisory, "WHITE");
        assertThat(team.submit(advisory + "/publication", "summary", "初版").getContentAsString())
                .contains("アドバイザリを公開しました。", "第 1 版を公開済み");

        String metadata = anyone.get("/csaf/" + maker.id() + "/provider-metadata.json").getContentAsString();
        assertThat(metadata).contains("\"directory_url\":\"http://localhost:8080/csaf/" + maker.id() + "/white/\"",
                "\"role\":\"csaf_publisher\"", "\"metadata_version\":\"2.0\"");
        String path = anyone.get("/csaf/" + maker.id() + "/white/index.txt").getContentAsString().strip();
        assertThat(path).matches("\\d{4}/sa-[0-9a-f]{8}-\\d{4}-0001\\.json");
        assertThat(anyone.get("/csaf/" + maker.id() + "/white/changes.csv").getContentAsString())
                .startsWith("\"" + path + "\",\"");
        byte[] document = anyone.get("/csaf/" + maker.id() + "/white/" + path).getContentAsByteArray();
        assertThat(CsafValidator.validate(document)).isEmpty();
        assertThat(new String(document, StandardCharsets.UTF_8)).contains(
                "\"category\":\"csaf_security_advisory\"", "\"cve\":\"CVE-2026-40001\"", "\"name\":\"DICOM viewer\"",
                "\"default_component_of\"", JACKSON + "@2.9.8", "\"known_affected\"", "\"fixed\"",
                "\"vendor_fix\"", "\"label\":\"WHITE\"", "\"summary\":\"初版\"");
        assertThat(anyone.get("/csaf/" + maker.id() + "/white/" + path + ".sha256").getContentAsString())
                .isEqualTo(Sha256.hex(document) + "  " + path.substring(5) + "\n");
    }

    @Test
    void aHospitalThatRunsAnAffectedVersionIsToldAndReceivesEvenAnAmberAdvisoryWhichNobodyElseSees()
            throws Exception {
        Organisation hospital = fixtures.advancedTreatmentHospital();
        inventory.add(hospital.id(), new LedgerEntry("読影端末", SystemCategory.PACS, maker.name(),
                VulnerableProducts.PRODUCT, VulnerableProducts.VERSION, null, null, null, false, null, null, null));
        Organisation elsewhere = fixtures.advancedTreatmentHospital();
        String advisory = team.post(advisories).getRedirectedUrl();
        write(advisory, "AMBER");
        team.submit(advisory + "/publication", "summary", "初版");
        UUID advisoryId = UUID.fromString(advisory.substring(advisory.lastIndexOf('/') + 1));

        assertThat(jdbc.sql("select count(*) from activity where organisation_id = :h "
                        + "and action = 'exposure.advisoryPublished'")
                .param("h", hospital.id()).query(Integer.class).single()).isEqualTo(1);
        WebSession nurse = new WebSession(mvc);
        nurse.signIn(fixtures.member(hospital, OrgRole.VIEWER).email(), Fixtures.PASSWORD);
        assertThat(nurse.get("/orgs/" + hospital.id() + "/exposure").getContentAsString())
                .contains("メーカーのセキュリティアドバイザリ", "Deserialisation in the study import", "TLP:AMBER");
        MockHttpServletResponse received = nurse.get("/orgs/" + hospital.id() + "/exposure/security-advisories/"
                + advisoryId);
        assertThat(received.getStatus()).isEqualTo(200);
        assertThat(CsafValidator.validate(received.getContentAsByteArray())).isEmpty();
        assertThat(received.getContentAsString()).contains("\"label\":\"AMBER\"");

        WebSession stranger = new WebSession(mvc);
        stranger.signIn(fixtures.member(elsewhere, OrgRole.ORG_ADMIN).email(), Fixtures.PASSWORD);
        assertThat(stranger.get("/orgs/" + elsewhere.id() + "/exposure/security-advisories/" + advisoryId)
                .getStatus()).isEqualTo(404);
        assertThat(anyone.get("/csaf/" + maker.id() + "/white/index.txt").getContentAsString()).isEmpty();
    }

    @Test
    void whatCannotBePublishedIsRefusedWithTheReasonAndNothingIsPublished() throws Exception {
        String advisory = team.post(advisories).getRedirectedUrl();

        assertThat(team.submit(advisory + "/publication", "summary", "初版").getContentAsString())
                .contains("少なくとも 1 つの製品バージョンについて状況を選んでください");
        assertThat(team.submit(advisory, "category", "SECURITY_ADVISORY", "tlp", "WHITE", "title", "件名",
                "description", "内容", "cve", "2026-1", "state-" + affected.id(), "EXPLOITABLE").getContentAsString())
                .contains("CVE 番号は「CVE-2026-12345」の形で書いてください。");
        assertThat(team.submit(advisory, "category", "VEX", "tlp", "WHITE", "title", "件名", "description", "内容",
                "state-" + fixed.id(), "NOT_AFFECTED").getContentAsString())
                .contains("影響がない理由を選んでください");
        assertThat(team.submit(advisory, "category", "SECURITY_ADVISORY", "tlp", "WHITE", "title", "件名",
                "description", "内容", "component", "jackson-databind", "state-" + affected.id(), "EXPLOITABLE")
                .getContentAsString()).contains("パッケージ URL として読めません");
        assertThat(team.submit(advisory, "category", "SECURITY_ADVISORY", "tlp", "WHITE", "title", "件名",
                "description", "内容", "component", "pkg:npm/%40example/deep-merge@1.4.2", "state-" + affected.id(),
                "EXPLOITABLE").getContentAsString()).contains("アドバイザリを保存しました。",
                "value=\"pkg:npm/%40example/deep-merge\"");
        assertThat(team.get(advisory + "/csaf?draft=true").getStatus()).isEqualTo(200);

        team.submit(advisory, "category", "VEX", "tlp", "WHITE", "title", "件名", "description", "内容",
                "state-" + affected.id(), "EXPLOITABLE");
        String refused = team.submit(advisory + "/publication", "summary", "初版").getContentAsString();
        assertThat(refused).contains("CSAF 2.0 の確認で問題が見つかったため、公開しませんでした。", "/vulnerabilities/0");
        assertThat(jdbc.sql("select count(*) from security_advisory_revision r join security_advisory a "
                + "on a.id = r.advisory_id where a.organisation_id = :org").param("org", maker.id())
                .query(Integer.class).single()).isZero();
    }

    /** Writes the team's analysis into the advisory: the viewer 3.0 affected through jackson-databind, 3.1 fixed. */
    private void write(String advisory, String tlp) throws Exception {
        String saved = team.submit(advisory, "category", "SECURITY_ADVISORY", "tlp", tlp,
                "title", "Deserialisation in the study import", "description", "A crafted study description runs code.",
                "cve", "CVE-2026-40001", "cvss31", CVSS31, "cvss4", "", "component", JACKSON,
                "state-" + affected.id(), "EXPLOITABLE", "state-" + fixed.id(), "RESOLVED",
                "remedy", "UPDATE", "remedyDetails", "3.1 に更新してください。", "remedyUrl", "").getContentAsString();
        assertThat(saved).contains("アドバイザリを保存しました。").doesNotContain("このままでは公開できません");
    }
}
