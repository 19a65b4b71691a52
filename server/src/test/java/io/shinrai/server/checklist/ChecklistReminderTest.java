package io.shinrai.server.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.MovableClock;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** An いいえ whose target date comes near, then passes, is shown on the checklist pages and the overview. */
@ShinraiTest
@AutoConfigureMockMvc
class ChecklistReminderTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Checklists checklists;
    @Autowired
    MovableClock clock;

    @Test
    void anItemIsDueSoonThenOverdue() throws Exception {
        Organisation hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        WebSession editor = new WebSession(mvc);
        editor.signIn(fixtures.member(hospital, OrgRole.EDITOR).email(), Fixtures.PASSWORD);
        String round = editor.post("/orgs/" + hospital.id() + "/checklists", "year",
                String.valueOf(FiscalYear.containing(checklists.today()).value())).getRedirectedUrl();
        editor.post(round + "/sections/system-management", "answer:2-⑤", "NO",
                "targetOn:2-⑤", checklists.today().plusDays(3).toString(), "remarks:2-⑤", "人事システムと突合して削除");

        String index = editor.get("/orgs/" + hospital.id() + "/checklists").getContentAsString();
        assertThat(index).contains("あと3日").contains("不要なアカウントを削除していますか")
                .contains(">チェックリスト</a>");

        clock.advance(Duration.ofDays(5));

        String overview = editor.get("/orgs/" + hospital.id()).getContentAsString();
        assertThat(overview).contains("チェックリスト（期限切れ 1）").contains("期限切れ（2日経過）")
                .contains("不要なアカウントを削除していますか");
        assertThat(editor.get(round + "?section=system-management").getContentAsString())
                .contains("期限切れ（2日経過）").contains("<tr class=\"overdue\">");
    }
}
