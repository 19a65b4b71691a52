package io.shinrai.server.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@ShinraiTest
@AutoConfigureMockMvc
class ActivityPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void anAdminSeesWhoChangedWhichRoleFromWhatToWhat() throws Exception {
        Organisation hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        UserAccount admin = fixtures.member(hospital, OrgRole.ORG_ADMIN);
        UserAccount nurse = fixtures.member(hospital, OrgRole.VIEWER);
        WebSession browser = new WebSession(mvc);
        browser.signIn(admin.email(), Fixtures.PASSWORD);

        browser.post("/orgs/" + hospital.id() + "/members/" + nurse.id() + "/role", "role", "EDITOR");
        String page = browser.get("/orgs/" + hospital.id() + "/activity?action=member.role-changed")
                .getContentAsString();

        assertThat(page).contains(admin.displayName()).contains("member.role-changed")
                .contains("{&quot;role&quot;:&quot;VIEWER&quot;}").contains("{&quot;role&quot;:&quot;EDITOR&quot;}")
                .contains(nurse.id().toString());
    }

    @Test
    void filteringWithHtmxReturnsOnlyTheTable() throws Exception {
        Organisation hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        UserAccount admin = fixtures.member(hospital, OrgRole.ORG_ADMIN);
        WebSession browser = new WebSession(mvc);
        browser.signIn(admin.email(), Fixtures.PASSWORD);
        browser.post("/orgs/" + hospital.id() + "/settings", "name", hospital.name() + " 改",
                "requireTwoFactor", "true", "_requireTwoFactor", "on",
                "_advancedTreatmentHospital", "on", "_criticalInfrastructure", "on");

        String fragment = browser.getFragment("/orgs/" + hospital.id() + "/activity?action=organisation.updated")
                .getContentAsString();

        assertThat(fragment).startsWith("<div id=\"entries\">").contains("organisation.updated")
                .doesNotContain("<html");
    }
}
