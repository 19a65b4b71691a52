package io.shinrai.server.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.MovableClock;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.account.UserAccountRepository;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@ShinraiTest
@AutoConfigureMockMvc
class InvitationTest {

    private static final String NEW_PASSWORD = "a long enough passphrase";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Invitations invitations;
    @Autowired
    Memberships memberships;
    @Autowired
    UserAccountRepository users;
    @Autowired
    MovableClock clock;

    Organisation hospital;
    UserAccount admin;

    @BeforeEach
    void hospital() {
        hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        admin = fixtures.member(hospital, OrgRole.ORG_ADMIN);
    }

    @Test
    void aNewcomerCreatesAnAccountAndJoinsWithTheInvitedRole() throws Exception {
        String link = path(invitations.invite(hospital.id(), "nurse@example.test", OrgRole.REVIEWER, admin.id()));
        WebSession newcomer = new WebSession(mvc);
        assertThat(newcomer.get(link).getContentAsString()).contains("レビュー担当").contains(hospital.name());

        String next = newcomer.post(link, "displayName", "看護 師子", "password", NEW_PASSWORD,
                "confirmation", NEW_PASSWORD).getRedirectedUrl();

        assertThat(next).isEqualTo("/login?joined");
        assertThat(newcomer.signIn("nurse@example.test", NEW_PASSWORD)).isEqualTo("/");
        UserAccount nurse = users.findByEmail("nurse@example.test").orElseThrow();
        assertThat(memberships.member(hospital.id(), nurse.id()).role()).isEqualTo(OrgRole.REVIEWER);
    }

    @Test
    void aLinkWorksOnce() throws Exception {
        String link = path(invitations.invite(hospital.id(), "once@example.test", OrgRole.VIEWER, admin.id()));
        new WebSession(mvc).post(link, "displayName", "One", "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD);

        assertThat(new WebSession(mvc).get(link).getContentAsString()).contains("招待リンクが無効です");
    }

    @Test
    void aLinkExpires() throws Exception {
        String link = path(invitations.invite(hospital.id(), "late@example.test", OrgRole.VIEWER, admin.id()));
        clock.advance(Duration.ofDays(8));

        assertThat(new WebSession(mvc).get(link).getContentAsString()).contains("招待リンクが無効です");
    }

    @Test
    void aShortPasswordIsExplainedAndNothingIsCreated() throws Exception {
        String link = path(invitations.invite(hospital.id(), "short@example.test", OrgRole.VIEWER, admin.id()));

        String page = new WebSession(mvc).post(link, "displayName", "Short", "password", "short",
                "confirmation", "short").getContentAsString();

        assertThat(page).contains("パスワードは13文字以上にしてください。");
        assertThat(users.findByEmail("short@example.test")).isEmpty();
        assertThat(new WebSession(mvc).get(link).getContentAsString()).as("still open").contains("アカウントを作成して参加");
    }

    @Test
    void someoneWithAnAccountJoinsAfterSigningIn() throws Exception {
        UserAccount vendorEngineer = fixtures.user();
        String link = path(invitations.invite(hospital.id(), vendorEngineer.email(), OrgRole.VIEWER, admin.id()));
        WebSession browser = new WebSession(mvc);
        assertThat(browser.get(link).getContentAsString()).contains("アカウントはすでにあります");

        browser.signIn(vendorEngineer.email(), Fixtures.PASSWORD);
        assertThat(browser.post(link).getRedirectedUrl()).isEqualTo("/orgs/" + hospital.id());
        assertThat(memberships.member(hospital.id(), vendorEngineer.id()).role()).isEqualTo(OrgRole.VIEWER);
    }

    private static String path(Invitations.Issued issued) {
        return URI.create(issued.link()).getPath();
    }
}
