package io.shinrai.server.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.Item;
import io.shinrai.catalog.Section;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A hospital fills in its own checklist once a fiscal year, starting from last year's answers. */
@ShinraiTest
@AutoConfigureMockMvc
class ChecklistRoundTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Checklists checklists;

    Organisation hospital;
    WebSession editor;
    FiscalYear thisYear;
    LocalDate today;

    @BeforeEach
    void aHospitalWithAnEditor() throws Exception {
        hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        editor = new WebSession(mvc);
        editor.signIn(fixtures.member(hospital, OrgRole.EDITOR).email(), Fixtures.PASSWORD);
        today = checklists.today();
        thisYear = FiscalYear.containing(today);
    }

    @Test
    void aRoundIsCompleteOnceEveryItemIsAnsweredAndEveryNoHasATargetDate() throws Exception {
        String round = start(thisYear, false);
        Catalogue catalogue = checklists.latest(Checklists.HOSPITAL_CATALOGUE);
        for (Section section : catalogue.sections()) {
            answerAll(round, section, "YES");
        }
        editor.post(round + "/sections/system-management", "answer:2-③", "NO", "remarks:2-③",
                "主要ベンダー3社に提出を依頼済み");

        String open = editor.get(round + "?section=system-management").getContentAsString();
        assertThat(open).contains(thisYear.label(Locale.JAPANESE)).contains("badge\">未完了")
                .contains("「いいえ」の項目には目標日を記入してください");
        assertThat(editor.get(round + "?lang=en").getContentAsString()).contains(thisYear.label(Locale.ENGLISH));

        editor.post(round + "/sections/system-management", "answer:2-③", "NO",
                "targetOn:2-③", today.plusMonths(3).toString(), "remarks:2-③", "主要ベンダー3社に提出を依頼済み");

        ChecklistForm form = hospitalForm(round);
        assertThat(form.isComplete()).isTrue();
        assertThat(form.answerTo("2-③").checkedOn()).isEqualTo(today);
        assertThat(editor.get(round + "?lang=ja").getContentAsString()).contains("badge active\">完了");
        assertThat(editor.get("/orgs/" + hospital.id() + "/checklists").getContentAsString())
                .contains("回答 " + catalogue.allItems().size() + "/" + catalogue.allItems().size());
    }

    @Test
    void aNewYearStartsFromLastYearsAnswersWithTheDatesCleared() throws Exception {
        String lastYear = start(thisYear.previous(), false);
        editor.post(lastYear + "/sections/governance", "answer:1-①", "YES",
                "checkedOn:1-①", today.minusYears(1).toString());
        editor.post(lastYear + "/sections/system-management", "answer:2-③", "NO",
                "targetOn:2-③", today.minusMonths(1).toString(), "remarks:2-③", "電子カルテ更新時に入手する");

        ChecklistForm form = hospitalForm(start(thisYear, true));

        assertThat(form.answerTo("1-①")).isEqualTo(new ChecklistAnswer(Answer.YES, null, null, null));
        assertThat(form.answerTo("2-③")).isEqualTo(new ChecklistAnswer(Answer.NO, null, null, "電子カルテ更新時に入手する"));
        assertThat(form.findings()).contains(new ChecklistFinding("2-③", ChecklistFinding.Kind.TARGET_DATE_MISSING));
        assertThat(hospitalForm(lastYear).answerTo("2-③").targetOn()).isEqualTo(today.minusMonths(1));
    }

    @Test
    void aYearIsStartedOnce() throws Exception {
        start(thisYear, false);

        editor.post("/orgs/" + hospital.id() + "/checklists", "year", String.valueOf(thisYear.value()));

        assertThat(editor.get("/orgs/" + hospital.id() + "/checklists").getContentAsString())
                .contains("この年度の確認はすでに始めています");
        assertThat(checklists.rounds(hospital.id())).hasSize(1);
    }

    @Test
    void anotherHospitalFindsNothing() throws Exception {
        String round = start(thisYear, false);
        Organisation other = fixtures.organisation(OrganisationKind.HOSPITAL);
        WebSession otherAdmin = new WebSession(mvc);
        otherAdmin.signIn(fixtures.member(other, OrgRole.ORG_ADMIN).email(), Fixtures.PASSWORD);
        String roundId = round.substring(round.lastIndexOf('/') + 1);

        assertThat(otherAdmin.get(round).getStatus()).isEqualTo(404);
        assertThat(otherAdmin.get("/orgs/" + other.id() + "/checklists/" + roundId).getStatus()).isEqualTo(404);
        assertThat(otherAdmin.post("/orgs/" + other.id() + "/checklists/" + roundId + "/sections/governance",
                "answer:1-①", "NO").getStatus()).isEqualTo(404);
    }

    @Test
    void aVendorHasNoChecklists() throws Exception {
        Organisation vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        WebSession vendorAdmin = new WebSession(mvc);
        vendorAdmin.signIn(fixtures.member(vendor, OrgRole.ORG_ADMIN).email(), Fixtures.PASSWORD);

        assertThat(vendorAdmin.get("/orgs/" + vendor.id() + "/checklists").getStatus()).isEqualTo(404);
        assertThat(vendorAdmin.get("/orgs/" + vendor.id()).getContentAsString()).doesNotContain("/checklists");
    }

    /** Starts the round and returns the path of the hospital's form. */
    private String start(FiscalYear year, boolean carryOver) throws Exception {
        return editor.post("/orgs/" + hospital.id() + "/checklists", "year", String.valueOf(year.value()),
                "carryOver", String.valueOf(carryOver)).getRedirectedUrl();
    }

    private void answerAll(String round, Section section, String answer) throws Exception {
        List<String> fields = new ArrayList<>();
        for (Item item : section.allItems()) {
            fields.addAll(List.of("answer:" + item.ref(), answer));
        }
        editor.post(round + "/sections/" + section.id(), fields.toArray(String[]::new));
    }

    private ChecklistForm hospitalForm(String round) {
        return checklists.form(hospital.id(), UUID.fromString(round.substring(round.lastIndexOf('/') + 1)), null)
                .orElseThrow();
    }
}
