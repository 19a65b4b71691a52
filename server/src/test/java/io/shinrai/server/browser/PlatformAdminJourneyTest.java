package io.shinrai.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.crypto.Base32;
import io.shinrai.crypto.Totp;
import io.shinrai.server.Fixtures;
import io.shinrai.server.MovableClock;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.account.UserAccount;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The first steps of an installation, in a real browser: from the platform admin's first sign-in to a hospital. */
@ShinraiTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformAdminJourneyTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;
    @Autowired
    MovableClock clock;

    @Test
    void platformAdminSetsUpTwoFactorAndOnboardsAHospitalWhoseAdminJoins() {
        UserAccount platformAdmin = fixtures.platformAdmin();
        browser.signIn(platformAdmin.email(), Fixtures.PASSWORD);
        setUpAuthenticator();
        browser.waitForHeading("ようこそ、" + platformAdmin.displayName() + " さん");

        browser.follow("English");
        browser.waitForHeading("Welcome, " + platformAdmin.displayName());
        assertThat(browser.text(By.tagName("header"))).contains("Platform administration", "Log out");
        browser.follow("日本語");
        browser.waitForHeading("ようこそ、" + platformAdmin.displayName() + " さん");

        String unique = UUID.randomUUID().toString().substring(0, 8);
        String hospital = "さくら記念病院 " + unique;
        String hospitalAdminEmail = "joho-" + unique + "@sakura-hospital.example";
        browser.follow("プラットフォーム管理");
        browser.waitForHeading("プラットフォーム管理");
        browser.fillIn("name", hospital);
        browser.choose("kind", "医療機関");
        browser.tick("基幹インフラ事業者");
        browser.fillIn("adminEmail", hospitalAdminEmail);
        browser.press("作成");
        String invitationLink = browser.waitFor(Browser.testId("invitation-link")).getDomProperty("value");
        assertThat(browser.text(By.cssSelector("main [role=status]"))).contains(hospitalAdminEmail);
        assertThat(browser.text(By.tagName("table"))).contains(hospital);
        browser.press("ログアウト");
        browser.waitForHeading("ログイン");

        String password = "sakura-joho-kanri-2026";
        browser.openLink(invitationLink);
        browser.waitForHeading("招待の受諾");
        assertThat(browser.text(By.tagName("main"))).contains(hospital + " から「組織管理者」として招待されています。");
        browser.fillIn("displayName", "高橋 美咲");
        browser.fillIn("password", password);
        browser.fillIn("confirmation", password);
        browser.press("アカウントを作成して参加");
        browser.waitForHeading("ログイン");
        assertThat(browser.text(By.tagName("main"))).contains("アカウントを作成しました。");

        // New hospitals require two-factor sign-in of every member unless the platform admin unticks it.
        browser.signIn(hospitalAdminEmail, password);
        setUpAuthenticator();
        browser.waitForHeading("ようこそ、高橋 美咲 さん");
        assertThat(browser.text(By.cssSelector("ul.cards li")))
                .contains(hospital, "医療機関", "基幹インフラ事業者", "組織管理者");
    }

    @Test
    void aWrongOneTimeCodeIsRefusedAndTheRightOneSignsIn() {
        UserAccount user = fixtures.user();
        byte[] secret = fixtures.enrolTotp(user);
        browser.signIn(user.email(), Fixtures.PASSWORD);
        browser.waitForHeading("二要素認証");

        String codeFromAnHourAgo = Totp.code(secret, Totp.stepAt(clock.instant().minus(Duration.ofHours(1))),
                Totp.DIGITS);
        browser.fillIn("code", codeFromAnHourAgo);
        browser.press("確認");
        assertThat(browser.waitFor(By.cssSelector("main [role=alert]")).getText())
                .isEqualTo("コードが正しくないか、すでに使用されています。");

        browser.fillIn("code", fixtures.currentCode(secret));
        browser.press("確認");
        browser.waitForHeading("ようこそ、" + user.displayName() + " さん");
    }

    /** Reads the key the way a person types it into an authenticator app, then keeps the recovery codes. */
    private void setUpAuthenticator() {
        browser.waitForHeading("認証アプリの設定");
        byte[] secret = Base32.decode(browser.text(Browser.testId("totp-secret")));
        browser.fillIn("code", fixtures.currentCode(secret));
        browser.press("設定を完了");
        browser.waitForHeading("リカバリーコード");
        assertThat(browser.text(Browser.testId("recovery-codes")).lines())
                .hasSize(10)
                .allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        browser.follow("保管しました");
    }
}
