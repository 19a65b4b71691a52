package io.shinrai.server.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.SystemCategory;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.disclosure.Disclosures;
import io.shinrai.server.disclosure.Sharing;
import io.shinrai.server.disclosure.StoredDisclosure;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A hospital attaches what vendors sent to the systems of its ledger and sees what is missing or newer. */
@ShinraiTest
@AutoConfigureMockMvc
class IntakeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Inventory inventory;
    @Autowired
    Disclosures disclosures;
    @Autowired
    Sharing sharing;
    @Autowired
    Intake intake;

    Organisation vendor;
    Organisation hospital;
    WebSession editor;
    InventorySystem pacs;
    StoredDisclosure firstRevision;

    @BeforeEach
    void aHospitalWithAPacsFromAVendorOnThePlatform() throws Exception {
        vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        editor = new WebSession(mvc);
        editor.signIn(fixtures.member(hospital, OrgRole.EDITOR).email(), Fixtures.PASSWORD);
        pacs = inventory.add(hospital.id(), new LedgerEntry("PACS", SystemCategory.PACS, vendor.name(),
                "SMX 画像サーバ", "3.2", null, null, null, false, null, null, null));
        firstRevision = fixtures.publishedDisclosure(vendor, "SMX 画像サーバ", "3.2");
        sharing.share(vendor.id(), firstRevision.id(), hospital.id());
    }

    @Test
    void aSharedDisclosureIsAttachedAndTheSystemIsCovered() throws Exception {
        assertThat(editor.get(ledger()).getContentAsString()).contains("開示書なし");

        editor.post(systemPage() + "/disclosures/shared", "disclosure", firstRevision.id().toString());

        String page = editor.get(systemPage()).getContentAsString();
        assertThat(page).contains("受領済み").contains(firstRevision.document().documentId() + " 第1版")
                .contains(vendor.name() + "（プラットフォームで共有）");
        assertThat(editor.get(ledger()).getContentAsString()).contains("受領済み").doesNotContain("開示書なし");
    }

    @Test
    void aNewerRevisionSentByTheVendorIsFlaggedAndTheHistoryKeepsTheEarlierOne() throws Exception {
        editor.post(systemPage() + "/disclosures/shared", "disclosure", firstRevision.id().toString());
        StoredDisclosure second = disclosures.revise(vendor.id(), firstRevision.id());
        disclosures.publish(vendor.id(), second.id());
        sharing.share(vendor.id(), second.id(), hospital.id());

        assertThat(editor.get(systemPage()).getContentAsString()).contains("新しい版あり")
                .contains("第2版を受け取っています");
        editor.post(systemPage() + "/disclosures/shared", "disclosure", second.id().toString());

        String page = editor.get(systemPage()).getContentAsString();
        assertThat(page).contains("受領済み").doesNotContain("第2版を受け取っています").contains("以前の版");
        List<ReceivedDisclosure> history = intakeHistory();
        assertThat(history).extracting(ReceivedDisclosure::revision).containsExactly(2, 1);
        assertThat(editor.get(ledger()).getContentAsString()).contains("受領済み").doesNotContain("新しい版あり");
    }

    @Test
    void aVendorsFileForAnotherVersionIsKeptAndTheInstalledVersionIsFlagged() throws Exception {
        inventory.update(hospital.id(), pacs.id(), new LedgerEntry("PACS", SystemCategory.PACS, vendor.name(),
                "SMX 画像サーバ", "4.0", null, null, null, false, null, null, null));
        WebSession vendorViewer = new WebSession(mvc);
        vendorViewer.signIn(fixtures.member(vendor, OrgRole.VIEWER).email(), Fixtures.PASSWORD);
        byte[] workbook = vendorViewer.get("/orgs/" + vendor.id() + "/disclosures/" + firstRevision.id()
                + "/export?format=JAHIS").getContentAsByteArray();

        editor.upload(systemPage() + "/disclosures/upload",
                new MockMultipartFile("file", "SMX-MDS.xlsx", null, workbook));

        String page = editor.get(systemPage()).getContentAsString();
        assertThat(page).contains("導入バージョンの開示書なし").contains("導入しているバージョン（4.0）についての開示書がありません")
                .contains("ファイル SMX-MDS.xlsx");
    }

    @Test
    void aRevokedShareLeavesTheReceivedCopyReadable() throws Exception {
        editor.post(systemPage() + "/disclosures/shared", "disclosure", firstRevision.id().toString());
        sharing.revoke(vendor.id(), firstRevision.id(), hospital.id());

        ReceivedDisclosure kept = intakeHistory().get(0);
        String copy = editor.get(systemPage() + "/disclosures/" + kept.id()).getContentAsString();

        assertThat(copy).contains("SMX 画像サーバ").contains("に受け取った開示書です").doesNotContain("署名付き（ZIP）");
    }

    @Test
    void aDisclosureNotSharedWithTheHospitalCannotBeAttached() throws Exception {
        StoredDisclosure notShared = fixtures.publishedDisclosure(vendor, "別製品", "1.0");

        int status = editor.post(systemPage() + "/disclosures/shared", "disclosure", notShared.id().toString())
                .getStatus();

        assertThat(status).isEqualTo(404);
        assertThat(intakeHistory()).isEmpty();
    }

    private List<ReceivedDisclosure> intakeHistory() {
        return intake.history(hospital.id(), pacs.id());
    }

    private String ledger() {
        return "/orgs/" + hospital.id() + "/inventory";
    }

    private String systemPage() {
        return ledger() + "/" + pacs.id();
    }
}
