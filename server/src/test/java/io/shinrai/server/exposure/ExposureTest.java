package io.shinrai.server.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.SystemCategory;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.VulnerableProducts;
import io.shinrai.server.WebSession;
import io.shinrai.server.finding.Findings;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.product.Lifecycle;
import io.shinrai.server.product.ProductVersion;
import io.shinrai.server.product.Products;
import io.shinrai.vuln.VexState;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A hospital sees which of its installed systems a vendor's findings concern, critical-infrastructure systems
 * first, and hears of new ones in its activity feed; what the vendor analysed as not affected drops out.
 */
@ShinraiTest
@AutoConfigureMockMvc
class ExposureTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Products products;
    @Autowired
    VulnerableProducts vulnerable;
    @Autowired
    Findings findings;
    @Autowired
    Inventory inventory;
    @Autowired
    JdbcClient jdbc;

    Organisation maker;
    Organisation hospital;
    ProductVersion version;
    WebSession nurse;
    String advisoryId;

    @BeforeEach
    void aHospitalThatInstalledAVersionTwice() throws Exception {
        maker = fixtures.organisation(OrganisationKind.MANUFACTURER);
        version = vulnerable.viewer(maker,
                new Lifecycle(LocalDate.of(2019, 4, 1), null, products.today().minusDays(1), null));
        hospital = fixtures.advancedTreatmentHospital();
        inventory.add(hospital.id(), system("読影端末", SystemCategory.PACS, "DICOM viewer", "3.0"));
        inventory.add(hospital.id(), system("電子カルテ画像参照", SystemCategory.ELECTRONIC_MEDICAL_RECORD,
                "ＤＩＣＯＭ Ｖｉｅｗｅｒ", "3.0"));
        inventory.add(hospital.id(), system("旧版端末", SystemCategory.PACS, "DICOM viewer", "2.0"));
        nurse = new WebSession(mvc);
        nurse.signIn(fixtures.member(hospital, OrgRole.VIEWER).email(), Fixtures.PASSWORD);
        advisoryId = vulnerable.jacksonAdvisory();
    }

    @Test
    void theInstalledSystemsAreListedCriticalFirstWithTheFindingAndTheEndOfSupport() throws Exception {
        String page = nurse.get("/orgs/" + hospital.id() + "/exposure").getContentAsString();

        assertThat(page).contains(advisoryId).contains("jackson-databind@2.9.8").contains("サポート終了")
                .contains("サポート終了の部品 1 件").doesNotContain("旧版端末");
        assertThat(page.indexOf("電子カルテ画像参照")).isLessThan(page.indexOf("読影端末"));
        assertThat(jdbc.sql("select count(*) from activity where organisation_id = :h "
                + "and action = 'exposure.findingsGained'").param("h", hospital.id()).query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void aFindingTheVendorShowedNotToAffectTheVersionNoLongerConcernsTheHospital() throws Exception {
        long finding = findings.ofVersion(maker.id(), version.id()).stream()
                .filter(each -> each.advisoryId().equals(advisoryId)).findFirst().orElseThrow().id();
        WebSession vendor = new WebSession(mvc);
        vendor.signIn(fixtures.member(maker, OrgRole.EDITOR).email(), Fixtures.PASSWORD);

        vendor.post("/orgs/" + maker.id() + "/versions/" + version.id() + "/findings/" + finding + "/analysis",
                "state", VexState.NOT_AFFECTED.name(), "justification", "CODE_NOT_PRESENT");

        assertThat(nurse.get("/orgs/" + hospital.id() + "/exposure").getContentAsString()).doesNotContain(advisoryId);
    }

    private LedgerEntry system(String name, SystemCategory category, String product, String productVersion) {
        return new LedgerEntry(name, category, maker.name(), product, productVersion, null, null, null, false, null,
                null, null);
    }
}
