package io.shinrai.server.gap;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.Item;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.SystemCategory;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.disclosure.Disclosures;
import io.shinrai.server.disclosure.Sharing;
import io.shinrai.server.disclosure.StoredDisclosure;
import io.shinrai.server.inventory.Intake;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A hospital sees where a vendor's answers fall short of what it requires, records a risk evaluation for each
 * gap, and has someone else approve it; the portfolio shows where every system stands.
 */
@ShinraiTest
@AutoConfigureMockMvc
class GapPagesTest {

    private static final String CHECKLIST = "mhlw-vendor-checklist";
    private static final String RESPONSIBLE_PERSON = "1-①";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Inventory inventory;
    @Autowired
    Intake intake;
    @Autowired
    Disclosures disclosures;
    @Autowired
    Sharing sharing;
    @Autowired
    CatalogueLibrary catalogues;

    Organisation hospital;
    Organisation vendor;
    InventorySystem pacs;
    WebSession editor;
    WebSession reviewer;

    @BeforeEach
    void aPacsWhoseVendorAnsweredNoToOneItem() throws Exception {
        hospital = fixtures.advancedTreatmentHospital();
        vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        editor = session(OrgRole.EDITOR);
        reviewer = session(OrgRole.REVIEWER);
        pacs = inventory.add(hospital.id(), entry("PACS", SystemCategory.PACS));
        StoredDisclosure checklist = publishedWithOneNo();
        sharing.share(vendor.id(), checklist.id(), hospital.id());
        intake.attachShared(hospital.id(), pacs.id(), checklist.id(), null);
    }

    @Test
    void theGapShowsTheVendorsRemarksAndNeedsAnEvaluation() throws Exception {
        String page = editor.get(systemGaps()).getContentAsString();

        assertThat(page).contains(RESPONSIBLE_PERSON).contains("責任者は来期に任命予定")
                .contains("医療機関によるリスク評価の記録が必要です。").contains("未評価")
                .contains("ガイドライン");
        assertThat(portfolioRow("PACS")).contains("未評価のギャップあり");
    }

    @Test
    void anEvaluationIsProposedByOnePersonAndApprovedByAnother() throws Exception {
        editor.submit(gapPath() + "/propose", "decision", "ACCEPT", "rationale", "院内の情報システム委員会が代行する",
                "nextReviewOn", LocalDate.now().plusMonths(6).toString());

        assertThat(editor.submit(gapPath() + "/approve").getContentAsString())
                .contains("自分で起案したリスク評価は承認できません").contains("承認待ち");

        assertThat(reviewer.submit(gapPath() + "/approve").getContentAsString())
                .contains("リスク評価を承認しました。").contains("承認済み").contains("院内の情報システム委員会が代行する");
        assertThat(portfolioRow("PACS")).contains("ギャップは評価済み");
    }

    @Test
    void mitigationWithoutControlsIsRefusedOnTheForm() throws Exception {
        String form = editor.post(gapPath() + "/propose", "decision", "MITIGATE", "rationale", "VPN で接続先を限定")
                .getContentAsString();

        assertThat(form).contains("「低減」を選んだ場合は、代替策を記入してください。");
    }

    @Test
    void anApprovedEvaluationWhoseReviewDateHasComeIsFlaggedAgain() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        editor.post(gapPath() + "/propose", "decision", "ACCEPT", "rationale", "暫定で受容",
                "nextReviewOn", today.toString());
        reviewer.post(gapPath() + "/approve");

        assertThat(reviewer.get(systemGaps()).getContentAsString()).contains("要見直し");
        assertThat(portfolioRow("PACS")).contains("未評価のギャップあり");
    }

    @Test
    void aCriticalSystemIsHeldToTheStricterProfile() throws Exception {
        InventorySystem emr = inventory.add(hospital.id(), entry("電子カルテ", SystemCategory.ELECTRONIC_MEDICAL_RECORD));
        intake.attachShared(hospital.id(), emr.id(), intake.history(hospital.id(), pacs.id()).get(0)
                .sharedDisclosureId(), null);

        assertThat(editor.get("/orgs/" + hospital.id() + "/inventory/" + emr.id() + "/gaps").getContentAsString())
                .contains("基幹インフラ");
        assertThat(editor.get(systemGaps()).getContentAsString()).doesNotContain("基幹インフラ対象</small>");
    }

    @Test
    void theGapListNarrowsToOneStatus() throws Exception {
        inventory.add(hospital.id(), entry("検体検査", SystemCategory.DEPARTMENT_SYSTEM));
        String gaps = "/orgs/" + hospital.id() + "/gaps?status=";

        assertThat(reviewer.get(gaps + "GAPS_UNEVALUATED").getContentAsString())
                .contains(">PACS</a>").doesNotContain(">検体検査</a>");
        assertThat(reviewer.get(gaps + "NO_DISCLOSURE").getContentAsString())
                .contains(">検体検査</a>").doesNotContain(">PACS</a>");
    }

    @Test
    void aLongLedgerAndItsGapListAreShownAHundredSystemsAtATime() throws Exception {
        for (int number = 1; number <= 101; number++) {
            inventory.add(hospital.id(), entry("検査装置 " + number, SystemCategory.MODALITY));
        }
        for (String list : List.of("/orgs/" + hospital.id() + "/gaps", "/orgs/" + hospital.id() + "/inventory")) {
            String first = reviewer.get(list).getContentAsString();
            String second = reviewer.get(list + "?page=2").getContentAsString();

            assertThat(rows(first)).as(list).isEqualTo(100);
            assertThat(first).as(list).contains("102 件中 1–100 件目").contains("次へ").doesNotContain("前へ");
            assertThat(rows(second)).as(list).isEqualTo(2);
            assertThat(second).as(list).contains("102 件中 101–102 件目").contains("前へ").doesNotContain("次へ");
            assertThat(reviewer.get(list + "?page=9").getContentAsString()).as(list)
                    .contains("102 件中 101–102 件目");
        }
    }

    /** How many systems the page's first table lists. */
    private static int rows(String page) {
        String table = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
        return table.split("<tr").length - 1;
    }

    /** The portfolio's table row of one system. */
    private String portfolioRow(String system) throws Exception {
        String page = reviewer.get("/orgs/" + hospital.id() + "/gaps").getContentAsString();
        int name = page.indexOf(">" + system + "</a>");
        return page.substring(page.lastIndexOf("<tr", name), page.indexOf("</tr>", name));
    }

    private WebSession session(OrgRole role) throws Exception {
        WebSession session = new WebSession(mvc);
        session.signIn(fixtures.member(hospital, role).email(), Fixtures.PASSWORD);
        return session;
    }

    private StoredDisclosure publishedWithOneNo() {
        Catalogue checklist = catalogues.find(CHECKLIST, "2025").orElseThrow();
        StoredDisclosure draft = disclosures.start(vendor.id(), checklist,
                new BasicInformation(null, vendor.name(), "SMX 画像サーバ", "3.2"));
        Map<String, ItemAnswer> answers = new HashMap<>();
        for (Item item : checklist.allItems()) {
            answers.put(item.ref(), ItemAnswer.of(Answer.YES));
        }
        answers.put(RESPONSIBLE_PERSON, ItemAnswer.of(Answer.NO, "責任者は来期に任命予定"));
        disclosures.edit(vendor.id(), draft.id(), new Disclosures.Edit(answers, null, null));
        assertThat(disclosures.publish(vendor.id(), draft.id())).isEmpty();
        return disclosures.get(vendor.id(), draft.id());
    }

    private LedgerEntry entry(String name, SystemCategory category) {
        return new LedgerEntry(name, category, vendor.name(), "SMX 画像サーバ", "3.2", null, null, null, false, null,
                null, null);
    }

    private String systemGaps() {
        return "/orgs/" + hospital.id() + "/inventory/" + pacs.id() + "/gaps";
    }

    private String gapPath() {
        return systemGaps() + "/" + CHECKLIST + "/" + RESPONSIBLE_PERSON;
    }
}
