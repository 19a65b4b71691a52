package io.shinrai.server.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.LedgerImport;
import io.shinrai.inventory.LedgerReader;
import io.shinrai.inventory.SystemCategory;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A hospital keeps its ledger of systems on the platform, and in the Excel and CSV files it knows. */
@ShinraiTest
@AutoConfigureMockMvc
class InventoryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Inventory inventory;

    Organisation hospital;
    WebSession editor;

    @BeforeEach
    void anAdvancedTreatmentHospitalWithAnEditor() throws Exception {
        hospital = fixtures.advancedTreatmentHospital();
        editor = new WebSession(mvc);
        editor.signIn(fixtures.member(hospital, OrgRole.EDITOR).email(), Fixtures.PASSWORD);
    }

    @Test
    void criticalInfrastructureSystemsAreFlaggedAndListedFirst() throws Exception {
        add("検体検査システム", "DEPARTMENT_SYSTEM");
        add("電子カルテ", "ELECTRONIC_MEDICAL_RECORD");

        String list = editor.get(ledger()).getContentAsString();

        assertThat(list.indexOf(">電子カルテ<")).isLessThan(list.indexOf(">検体検査システム<"));
        assertThat(list).containsOnlyOnce("badge critical\">基幹インフラ対象");
    }

    @Test
    void aSecondSystemWithTheSameNameIsRefusedOnTheForm() throws Exception {
        add("PACS", "PACS");

        String form = editor.post(ledger(), "name", "ＰＡＣＳ", "category", "PACS").getContentAsString();

        assertThat(form).contains("同じ名称のシステムが台帳にあります");
        assertThat(inventory.of(hospital.id())).hasSize(1);
    }

    @Test
    void aLedgerFileWithOneBadRowChangesNothingAndSaysWhichRow() throws Exception {
        String csv = "名称,区分,導入日\r\nPACS,PACS,2020/04/01\r\n検査装置,検査装置,2020/04/31\r\n";

        editor.upload(ledger() + "/import", csvFile(csv));
        String page = editor.get(ledger()).getContentAsString();

        assertThat(page).contains("何も取り込んでいません").contains("3行目: 区分「検査装置」は使えません")
                .contains("3行目: 導入日「2020/04/31」は日付として読めません");
        assertThat(inventory.of(hospital.id())).isEmpty();
    }

    @Test
    void aLedgerFileAddsAndUpdatesAndNamesVendorsNotOnThePlatform() throws Exception {
        Organisation vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        add("PACS", "PACS");

        editor.upload(ledger() + "/import", csvFile("名称,区分,製造業者・サービス事業者,バージョン\r\n"
                + "PACS,PACS," + vendor.name() + ",5.1\r\n"
                + "院内LAN コアスイッチ,ネットワーク機器,東都ネットワークス,\r\n"));
        String page = editor.get(ledger()).getContentAsString();

        assertThat(page).contains("台帳を取り込みました（追加 1 件、更新 1 件）")
                .contains("プラットフォームに登録されていない事業者は、記入どおりに記録しました：東都ネットワークス");
        InventorySystem pacs = inventory.of(hospital.id()).stream()
                .filter(system -> system.entry().name().equals("PACS")).findFirst().orElseThrow();
        assertThat(pacs.entry().productVersion()).isEqualTo("5.1");
        assertThat(pacs.vendorOrganisationId()).isEqualTo(vendor.id());
    }

    @Test
    void theExportedLedgerReadsBackWithTheCriticalColumnFilledIn() throws Exception {
        add("電子カルテ", "ELECTRONIC_MEDICAL_RECORD");
        editor.post(ledger() + "/" + inventory.of(hospital.id()).get(0).id(), "name", "電子カルテ",
                "category", "ELECTRONIC_MEDICAL_RECORD", "installedOn", "2021-04-01", "remoteMaintenance", "true");

        for (String format : new String[] {"xlsx", "csv"}) {
            byte[] file = editor.get(ledger() + "/export?format=" + format).getContentAsByteArray();
            LedgerImport read = new LedgerReader().read(file);
            assertThat(read.entries()).containsExactly(new LedgerEntry("電子カルテ",
                    SystemCategory.ELECTRONIC_MEDICAL_RECORD, null, null, null, null, null, null, true, null,
                    LocalDate.of(2021, 4, 1), null));
        }
        assertThat(editor.get(ledger() + "/export?format=csv").getContentAsString(StandardCharsets.UTF_8))
                .contains("基幹インフラ対象").contains("電子カルテ,電子カルテ,,,,,,,あり,,2021/04/01,,あり");
    }

    @Test
    void aVendorHasNoLedger() throws Exception {
        Organisation vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        WebSession vendorAdmin = new WebSession(mvc);
        vendorAdmin.signIn(fixtures.member(vendor, OrgRole.ORG_ADMIN).email(), Fixtures.PASSWORD);

        assertThat(vendorAdmin.get("/orgs/" + vendor.id() + "/inventory").getStatus()).isEqualTo(404);
        assertThat(vendorAdmin.get("/orgs/" + vendor.id()).getContentAsString()).doesNotContain("システム台帳");
    }

    private void add(String name, String category) throws Exception {
        editor.post(ledger(), "name", name, "category", category);
    }

    private String ledger() {
        return "/orgs/" + hospital.id() + "/inventory";
    }

    private static MockMultipartFile csvFile(String content) {
        return new MockMultipartFile("file", "ledger.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }
}
