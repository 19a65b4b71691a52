package io.shinrai.server.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.Answer;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.SystemCategory;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.disclosure.Disclosures;
import io.shinrai.server.disclosure.Sharing;
import io.shinrai.server.disclosure.StoredDisclosure;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each system's vendor form: taken from the checklist its vendor shared on the platform, or recorded from paper; the
 * list shows which systems have one, critical-infrastructure systems first, and what their vendors answered いいえ.
 */
@ShinraiTest
@AutoConfigureMockMvc
class ChecklistVendorFormTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Checklists checklists;
    @Autowired
    Inventory inventory;
    @Autowired
    Disclosures disclosures;
    @Autowired
    Sharing sharing;

    Organisation hospital;
    Organisation vendor;
    WebSession editor;
    InventorySystem emr;
    InventorySystem laboratory;
    String round;

    @BeforeEach
    void anAdvancedTreatmentHospitalWithTwoSystemsOfOneVendor() throws Exception {
        hospital = fixtures.advancedTreatmentHospital();
        vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        laboratory = inventory.add(hospital.id(), system("検体検査システム", SystemCategory.DEPARTMENT_SYSTEM));
        emr = inventory.add(hospital.id(), system("電子カルテ", SystemCategory.ELECTRONIC_MEDICAL_RECORD));
        editor = new WebSession(mvc);
        editor.signIn(fixtures.member(hospital, OrgRole.EDITOR).email(), Fixtures.PASSWORD);
        round = editor.post("/orgs/" + hospital.id() + "/checklists", "year",
                String.valueOf(FiscalYear.containing(checklists.today()).value())).getRedirectedUrl();
    }

    @Test
    void aLinkedVendorChecklistShowsTheVendorsAnswers() throws Exception {
        StoredDisclosure shared = sharedChecklistAnswering("2-⑦", ItemAnswer.of(Answer.NO, "次回の定期保守（2027年3月）で適用予定"));
        assertThat(editor.get(round + "/vendors").getContentAsString()).contains("未入手");
        assertThat(editor.get(form(emr)).getContentAsString()).contains(shared.document().documentId());

        editor.post(form(emr) + "/link", "disclosureId", shared.id().toString());

        String page = editor.get(form(emr) + "?section=system-management").getContentAsString();
        assertThat(page).contains(vendor.name() + " が共有したチェックリスト " + shared.document().documentId())
                .contains("次回の定期保守（2027年3月）で適用予定")
                .containsPattern("<option value=\"NO\"\\s+selected=\"selected\">いいえ</option>")
                .doesNotContain("type=\"file\"");
        String list = editor.get(round + "/vendors").getContentAsString();
        assertThat(list.indexOf(">電子カルテ<")).isLessThan(list.indexOf(">検体検査システム<"));
        assertThat(list).contains("共有された開示書").contains("2-⑦").contains("目標日の記載なし");
        assertThat(editor.post(form(emr) + "/sections/system-management", "answer:2-⑦", "YES").getStatus())
                .isEqualTo(409);
    }

    @Test
    void aPaperFormIsRecordedWithItsTargetDates() throws Exception {
        String target = checklists.today().plusMonths(2).toString();

        editor.post(form(laboratory) + "/record");
        editor.post(form(laboratory) + "/sections/system-management", "answer:2-⑧", "NO",
                "targetOn:2-⑧", target, "remarks:2-⑧", "保守回線のIP制限を設定予定");

        String list = editor.get(round + "/vendors").getContentAsString();
        assertThat(list).contains("紙の様式を記録").contains("2-⑧").contains("目標日 " + target);
    }

    @Test
    void aRevokedShareLeavesTheFormWithoutAnswers() throws Exception {
        StoredDisclosure shared = sharedChecklistAnswering("2-⑦", ItemAnswer.of(Answer.YES));
        editor.post(form(emr) + "/link", "disclosureId", shared.id().toString());

        sharing.revoke(vendor.id(), shared.id(), hospital.id());

        assertThat(editor.get(form(emr)).getContentAsString()).contains("事業者が共有を取り消したため");
        assertThat(editor.get(round + "/vendors").getContentAsString()).contains("共有取消");
    }

    private StoredDisclosure sharedChecklistAnswering(String ref, ItemAnswer answer) {
        StoredDisclosure first = fixtures.publishedDisclosure(vendor, "電子カルテ MegaChart", "8.1");
        StoredDisclosure revision = disclosures.revise(vendor.id(), first.id());
        disclosures.edit(vendor.id(), revision.id(), new Disclosures.Edit(Map.of(ref, answer), null, null));
        assertThat(disclosures.publish(vendor.id(), revision.id())).isEmpty();
        sharing.share(vendor.id(), revision.id(), hospital.id());
        return disclosures.get(vendor.id(), revision.id());
    }

    private String form(InventorySystem system) {
        return round + "/vendors/" + system.id();
    }

    private LedgerEntry system(String name, SystemCategory category) {
        return new LedgerEntry(name, category, vendor.name(), null, null, null, null, null, false, null, null, null);
    }
}
