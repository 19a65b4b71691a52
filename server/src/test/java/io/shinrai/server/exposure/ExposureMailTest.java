package io.shinrai.server.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.SystemCategory;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.VulnerableProducts;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.product.Lifecycle;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The hospital's reviewers are mailed when a version it installed gains findings; its viewers are not. */
@ShinraiTest
class ExposureMailTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailThroughTheTestServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        properties.add("spring.mail.properties[mail.smtp.starttls.enable]", () -> "false");
    }

    @Autowired
    Fixtures fixtures;
    @Autowired
    VulnerableProducts vulnerable;
    @Autowired
    Inventory inventory;

    @Test
    void reviewersOfTheHospitalHearOfNewFindingsOnceTheAdvisoryIsImported() throws Exception {
        Organisation maker = fixtures.organisation(OrganisationKind.MANUFACTURER);
        vulnerable.viewer(maker, Lifecycle.UNKNOWN);
        Organisation hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        UserAccount reviewer = fixtures.member(hospital, OrgRole.REVIEWER);
        UserAccount viewer = fixtures.member(hospital, OrgRole.VIEWER);
        inventory.add(hospital.id(), new LedgerEntry("読影端末", SystemCategory.PACS, maker.name(), "DICOM viewer",
                "3.0", null, null, null, false, null, null, null));

        String advisoryId = vulnerable.jacksonAdvisory();

        MimeMessage[] mails = Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> subject(mail).contains(hospital.name())).toArray(MimeMessage[]::new);
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getRecipients(RecipientType.TO)[0].toString()).isEqualTo(reviewer.email())
                .isNotEqualTo(viewer.email());
        assertThat(subject(mails[0])).isEqualTo("【Shinrai】導入中の DICOM viewer 3.0 に新たな脆弱性 1 件("
                + hospital.name() + ")");
        assertThat((String) mails[0].getContent()).contains("読影端末").contains(advisoryId)
                .contains("/orgs/" + hospital.id() + "/exposure").contains("----- English -----");
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
