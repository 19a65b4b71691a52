package io.shinrai.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@ShinraiTest
@AutoConfigureMockMvc
class PasswordChangeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void recentPasswordsCannotBeReusedButOlderOnesCan() throws Exception {
        UserAccount user = fixtures.user();
        WebSession browser = new WebSession(mvc);
        String current = Fixtures.PASSWORD;
        browser.signIn(user.email(), current);
        for (int i = 1; i <= 6; i++) {
            String next = "passphrase number " + i;
            assertThat(change(browser, current, next)).isEqualTo("/login?passwordChanged");
            browser.signIn(user.email(), next);
            current = next;
        }

        assertThat(changePage(browser, current, "passphrase number 2")).as("one of the last five")
                .contains("最近使ったパスワードは使えません。");
        assertThat(change(browser, current, "passphrase number 1")).as("six passwords ago")
                .isEqualTo("/login?passwordChanged");
    }

    @Test
    void explainsEveryRuleThePasswordBreaks() throws Exception {
        UserAccount user = fixtures.user();
        WebSession browser = new WebSession(mvc);
        browser.signIn(user.email(), Fixtures.PASSWORD);

        assertThat(changePage(browser, "not my password", "another long passphrase"))
                .contains("現在のパスワードが正しくありません。");
        assertThat(changePage(browser, Fixtures.PASSWORD, "too short")).contains("パスワードは13文字以上にしてください。");
        assertThat(changePage(browser, Fixtures.PASSWORD, user.email())).contains("メールアドレスと同じパスワードは使えません。");
        assertThat(browser.post("/account/password", "currentPassword", Fixtures.PASSWORD,
                "newPassword", "another long passphrase", "confirmation", "a different one").getContentAsString())
                .contains("確認用のパスワードが一致しません。");
    }

    @Test
    void changingThePasswordEndsTheOtherSessions() throws Exception {
        UserAccount user = fixtures.user();
        WebSession laptop = new WebSession(mvc);
        WebSession tablet = new WebSession(mvc);
        laptop.signIn(user.email(), Fixtures.PASSWORD);
        tablet.signIn(user.email(), Fixtures.PASSWORD);

        change(laptop, Fixtures.PASSWORD, "a brand new passphrase");

        assertThat(tablet.get("/account").getRedirectedUrl()).isEqualTo("/login?expired");
    }

    private static String change(WebSession browser, String current, String next) throws Exception {
        return browser.post("/account/password", "currentPassword", current, "newPassword", next,
                "confirmation", next).getRedirectedUrl();
    }

    /** The form shown again with its errors, which answers 400. */
    private static String changePage(WebSession browser, String current, String next) throws Exception {
        MockHttpServletResponse response = browser.post("/account/password", "currentPassword", current,
                "newPassword", next, "confirmation", next);
        assertThat(response.getStatus()).isEqualTo(400);
        return response.getContentAsString();
    }
}
