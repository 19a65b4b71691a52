package io.shinrai.server.dashboard;

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
import io.shinrai.server.gap.GapKey;
import io.shinrai.server.gap.RiskDecision;
import io.shinrai.server.gap.RiskEvaluations;
import io.shinrai.server.inventory.Intake;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.security.SignedInUser;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A manager sees at a glance where the hospital's systems stand, the critical ones, and what is overdue. */
@ShinraiTest
@AutoConfigureMockMvc
class DashboardTest {

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
    RiskEvaluations evaluations;

    @Test
    void systemsByStatusTheCriticalOnesAndTheOverdueEvaluationAreShown() throws Exception {
        Organisation hospital = fixtures.advancedTreatmentHospital();
        Organisation vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        inventory.add(hospital.id(), entry(vendor, "電子カルテ", SystemCategory.ELECTRONIC_MEDICAL_RECORD));
        InventorySystem pacs = inventory.add(hospital.id(), entry(vendor, "PACS", SystemCategory.PACS));
        InventorySystem lab = inventory.add(hospital.id(), entry(vendor, "検体検査", SystemCategory.DEPARTMENT_SYSTEM));
        StoredDisclosure allYes = fixtures.publishedDisclosure(vendor, "SMX", "1");
        StoredDisclosure oneNo = withOneNo(vendor, allYes);
        sharing.share(vendor.id(), allYes.id(), hospital.id());
        sharing.share(vendor.id(), oneNo.id(), hospital.id());
        intake.attachShared(hospital.id(), lab.id(), allYes.id(), null);
        intake.attachShared(hospital.id(), pacs.id(), oneNo.id(), null);
        evaluations.propose(hospital.id(), new GapKey(pacs.id(), "mhlw-vendor-checklist", "1-①"),
                new RiskEvaluations.Proposal(RiskDecision.MITIGATE, "来期に責任者を置く", "委員会で代行", "情報部",
                        LocalDate.of(2026, 1, 31), null),
                new SignedInUser(fixtures.member(hospital, OrgRole.EDITOR).id(), "e", "情報部 担当", false));
        WebSession viewer = new WebSession(mvc);
        viewer.signIn(fixtures.member(hospital, OrgRole.VIEWER).email(), Fixtures.PASSWORD);

        String page = viewer.get("/orgs/" + hospital.id() + "/dashboard").getContentAsString();

        assertThat(page).contains("システムの状況（3 システム）").contains("<svg")
                .contains("開示書なし</a>").contains("未評価のギャップあり</a>").contains("適合</a>");
        String critical = page.substring(page.indexOf("基幹インフラ対象システム"), page.indexOf("未評価のギャップが多い事業者"));
        assertThat(critical).contains("電子カルテ").doesNotContain("PACS");
        assertThat(page).contains("対応期限 2026-01-31").contains("PACS 1-①");
        assertThat(viewer.get("/").getContentAsString()).contains("/orgs/" + hospital.id() + "/dashboard",
                "/orgs/" + hospital.id() + "/audit", "/orgs/" + hospital.id() + "/dicom/verify",
                "/orgs/" + hospital.id() + "/exposure", "/orgs/" + hospital.id() + "/maintenance");
    }

    private StoredDisclosure withOneNo(Organisation vendor, StoredDisclosure published) {
        StoredDisclosure next = disclosures.revise(vendor.id(), published.id());
        disclosures.edit(vendor.id(), next.id(), new Disclosures.Edit(
                Map.of("1-①", ItemAnswer.of(Answer.NO, "来期に任命")), null, null));
        disclosures.publish(vendor.id(), next.id());
        return disclosures.get(vendor.id(), next.id());
    }

    private static LedgerEntry entry(Organisation vendor, String name, SystemCategory category) {
        return new LedgerEntry(name, category, vendor.name(), null, null, null, null, null, false, null, null, null);
    }
}
