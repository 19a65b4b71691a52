package io.shinrai.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.crypto.Base32;
import io.shinrai.crypto.Totp;
import io.shinrai.server.Fixtures;
import io.shinrai.server.MovableClock;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.activity.ActivityFilter;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.organisation.OrganisationRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@ShinraiTest
@AutoConfigureMockMvc
class SignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MovableClock clock;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    ActivityLog activity;

    @Test
    void signsInWithThePasswordAndGivesTheSessionANewId() throws Exception {
        UserAccount user = fixtures.user();
        WebSession browser = new WebSession(mvc);
        browser.get("/login");
        String before = browser.sessionId();

        assertThat(browser.signIn(user.email(), Fixtures.PASSWORD)).isEqualTo("/");
        assertThat(browser.sessionId()).isNotEqualTo(before);
        assertThat(browser.get("/").getContentAsString()).contains(user.displayName());
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailLookTheSame() throws Exception {
        UserAccount user = fixtures.user();
        WebSession browser = new WebSession(mvc);

        assertThat(browser.signIn(user.email(), "wrong password!!")).isEqualTo("/login?error");
        assertThat(browser.signIn("nobody@example.test", "wrong password!!")).isEqualTo("/login?error");
        assertThat(browser.get("/login?error").getContentAsString())
                .contains("メールアドレスまたはパスワードが正しくありません。");
    }

    @Test
    void locksTheAccountAfterFiveFailuresUntilTheLockRunsOut() throws Exception {
        UserAccount user = fixtures.user();
        WebSession browser = new WebSession(mvc);
        for (int i = 0; i < 5; i++) {
            browser.signIn(user.email(), "wrong password " + i);
        }

        assertThat(browser.signIn(user.email(), Fixtures.PASSWORD)).isEqualTo("/login?locked");
        clock.advance(Duration.ofMinutes(16));
        assertThat(browser.signIn(user.email(), Fixtures.PASSWORD)).isEqualTo("/");
    }

    @Test
    void fourFailuresDoNotLockTheAccountAndEachIsRecordedOnce() throws Exception {
        UserAccount user = fixtures.user();
        WebSession browser = new WebSession(mvc);
        for (int i = 0; i < 4; i++) {
            browser.signIn(user.email(), "wrong password " + i);
        }

        assertThat(activity.forPlatform(new ActivityFilter("login.failed", user.email(), null, null))).hasSize(4);
        assertThat(browser.signIn(user.email(), Fixtures.PASSWORD)).isEqualTo("/");
    }

    @Test
    void failuresAtTheSameMomentAreAllCounted() throws Exception {
        UserAccount user = fixtures.user();
        ExecutorService attackers = Executors.newFixedThreadPool(5);
        try {
            List<Future<String>> attempts = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String guess = "guess number " + i;
                attempts.add(attackers.submit(() -> new WebSession(mvc).signIn(user.email(), guess)));
            }
            for (Future<String> attempt : attempts) {
                assertThat(attempt.get()).isIn("/login?error", "/login?locked");
            }
        } finally {
            attackers.shutdown();
        }

        assertThat(new WebSession(mvc).signIn(user.email(), Fixtures.PASSWORD)).isEqualTo("/login?locked");
    }

    @Test
    void anOrganisationAdminCanLiftALock() throws Exception {
        Organisation hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        UserAccount admin = fixtures.member(hospital, OrgRole.ORG_ADMIN);
        UserAccount member = fixtures.member(hospital, OrgRole.VIEWER);
        WebSession memberBrowser = new WebSession(mvc);
        for (int i = 0; i < 5; i++) {
            memberBrowser.signIn(member.email(), "wrong password " + i);
        }
        WebSession adminBrowser = new WebSession(mvc);
        adminBrowser.signIn(admin.email(), Fixtures.PASSWORD);
        assertThat(adminBrowser.get("/orgs/" + hospital.id() + "/members").getContentAsString()).contains("ロック中");

        adminBrowser.post("/orgs/" + hospital.id() + "/members/" + member.id() + "/unlock");

        assertThat(memberBrowser.signIn(member.email(), Fixtures.PASSWORD)).isEqualTo("/");
    }

    @Test
    void aSecondFactorIsAskedForAndNothingElseOpensUntilItIsGiven() throws Exception {
        UserAccount user = fixtures.user();
        byte[] secret = fixtures.enrolTotp(user);
        WebSession browser = new WebSession(mvc);

        assertThat(browser.signIn(user.email(), Fixtures.PASSWORD)).isEqualTo("/login/two-factor");
        assertThat(browser.get("/account").getRedirectedUrl()).endsWith("/login/two-factor");
        assertThat(browser.post("/login/two-factor", "code", "000000").getContentAsString())
                .contains("コードが正しくないか、すでに使用されています。");
        assertThat(browser.post("/login/two-factor", "code", fixtures.currentCode(secret)).getRedirectedUrl())
                .isEqualTo("/");
        assertThat(browser.get("/account").getStatus()).isEqualTo(200);
    }

    @Test
    void aCodeIsAcceptedOnceEvenFromAnotherBrowser() throws Exception {
        UserAccount user = fixtures.user();
        byte[] secret = fixtures.enrolTotp(user);
        String code = fixtures.currentCode(secret);
        WebSession first = new WebSession(mvc);
        first.signIn(user.email(), Fixtures.PASSWORD);
        assertThat(first.post("/login/two-factor", "code", code).getRedirectedUrl()).isEqualTo("/");

        WebSession second = new WebSession(mvc);
        second.signIn(user.email(), Fixtures.PASSWORD);
        assertThat(second.post("/login/two-factor", "code", code).getRedirectedUrl()).isNull();
    }

    @Test
    void aRecoveryCodeSignsInOnceOnly() throws Exception {
        UserAccount user = fixtures.user();
        WebSession browser = new WebSession(mvc);
        browser.signIn(user.email(), Fixtures.PASSWORD);
        String secretText = browser.get("/account/two-factor").getContentAsString()
                .replaceAll("(?s).*data-testid=\"totp-secret\">([A-Z2-7 ]+)<.*", "$1").replace(" ", "");
        String code = Totp.code(Base32.decode(secretText),
                Totp.stepAt(clock.instant()), 6);
        browser.post("/account/two-factor", "code", code);
        String page = browser.get("/account/recovery-codes").getContentAsString();
        String recoveryCode = page.replaceAll("(?s).*<li><code>([a-z2-9-]{11})</code>.*", "$1");
        assertThat(browser.get("/account/recovery-codes").getRedirectedUrl()).as("shown once").isEqualTo("/account");

        WebSession later = new WebSession(mvc);
        later.signIn(user.email(), Fixtures.PASSWORD);
        assertThat(later.post("/login/two-factor", "code", recoveryCode).getRedirectedUrl()).isEqualTo("/");
        WebSession again = new WebSession(mvc);
        again.signIn(user.email(), Fixtures.PASSWORD);
        assertThat(again.post("/login/two-factor", "code", recoveryCode).getRedirectedUrl()).isNull();
    }

    @Test
    void anOrganisationThatDemandsTwoFactorSendsItsMembersToSetItUp() throws Exception {
        Organisation hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        organisations.update(new Organisation(hospital.id(), hospital.name(), hospital.kind(), false, false, true,
                hospital.createdAt()));
        UserAccount member = fixtures.member(hospital, OrgRole.EDITOR);

        WebSession browser = new WebSession(mvc);
        assertThat(browser.signIn(member.email(), Fixtures.PASSWORD)).isEqualTo("/login/two-factor/setup");
        assertThat(browser.get("/login/two-factor/setup").getContentAsString()).contains("<svg");
    }

    @Test
    void platformAdminsAlwaysNeedASecondFactor() throws Exception {
        WebSession browser = new WebSession(mvc);
        assertThat(browser.signIn(fixtures.platformAdmin().email(), Fixtures.PASSWORD))
                .isEqualTo("/login/two-factor/setup");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        UserAccount user = fixtures.user();
        WebSession browser = new WebSession(mvc);
        browser.signIn(user.email(), Fixtures.PASSWORD);

        int status = mvc.perform(MockMvcRequestBuilders.post("/account/profile").param("displayName", "Mallory"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }

    @Test
    void loggingOutEverywhereEndsTheOtherSessions() throws Exception {
        UserAccount user = fixtures.user();
        WebSession office = new WebSession(mvc);
        WebSession home = new WebSession(mvc);
        office.signIn(user.email(), Fixtures.PASSWORD);
        home.signIn(user.email(), Fixtures.PASSWORD);

        home.post("/account/sessions/end-all");

        assertThat(office.get("/account").getRedirectedUrl()).isEqualTo("/login?expired");
    }
}
