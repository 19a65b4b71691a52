package io.shinrai.server.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.shinrai.server.Fixtures;
import io.shinrai.server.MovableClock;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The reminder digest goes through a real SMTP server, to reviewers and above, once per item and day. */
@ShinraiTest
@AutoConfigureMockMvc
class ChecklistReminderMailTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailThroughTheTestServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        properties.add("spring.mail.properties[mail.smtp.starttls.enable]", () -> "false");
        properties.add("shinrai.mail.from", () -> "shinrai@hospital.example");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Checklists checklists;
    @Autowired
    MovableClock clock;

    @Test
    void reviewersGetOneDigestADayOfWhatIsOverdue() throws Exception {
        Organisation hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        UserAccount reviewer = fixtures.member(hospital, OrgRole.REVIEWER);
        UserAccount viewer = fixtures.member(hospital, OrgRole.VIEWER);
        WebSession admin = new WebSession(mvc);
        admin.signIn(fixtures.member(hospital, OrgRole.ORG_ADMIN).email(), Fixtures.PASSWORD);
        String round = admin.post("/orgs/" + hospital.id() + "/checklists", "year",
                String.valueOf(FiscalYear.containing(checklists.today()).value())).getRedirectedUrl();
        String target = checklists.today().plusDays(1).toString();
        admin.post(round + "/sections/system-management", "answer:2-③", "NO", "targetOn:2-③", target,
                "remarks:2-③", "主要ベンダーに提出を依頼済み", "answer:2-⑦", "NO",
                "targetOn:2-⑦", checklists.today().plusMonths(6).toString(), "remarks:2-⑦", "更新時に対応");
        String send = "/orgs/" + hospital.id() + "/checklists/reminders";

        admin.post(send);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(admin.get("/orgs/" + hospital.id() + "/checklists").getContentAsString())
                .contains("0 人にお知らせを送りました");

        clock.advance(Duration.ofDays(3));
        admin.post(send);

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(2);
        assertThat(Arrays.stream(mails).map(ChecklistReminderMailTest::recipient))
                .contains(reviewer.email()).doesNotContain(viewer.email());
        MimeMessage mail = mails[0];
        assertThat(mail.getSubject()).startsWith("【Shinrai】チェックリストの期限切れ 1 件（" + hospital.name() + "）");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("shinrai@hospital.example");
        String text = (String) mail.getContent();
        assertThat(text).contains("目標日を過ぎた「いいえ」の項目が 1 件あります")
                .contains("2-③ 事業者から「製造業者／サービス事業者による医療情報セキュリティ開示書」")
                .contains("目標日 " + target + "（2日経過）")
                .contains("http://localhost:8080" + round + "?section=system-management")
                .contains("----- English -----").contains("Have your vendors submitted")
                .doesNotContain("2-⑦");
        assertThat(admin.get("/orgs/" + hospital.id() + "/checklists").getContentAsString())
                .contains("2 人にお知らせを送りました");

        admin.post(send);
        assertThat(smtp.getReceivedMessages()).hasSize(2);

        clock.advance(Duration.ofDays(1));
        admin.post(send);
        assertThat(smtp.getReceivedMessages()).hasSize(4);
    }

    private static String recipient(MimeMessage mail) {
        try {
            return ((InternetAddress) mail.getRecipients(RecipientType.TO)[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
