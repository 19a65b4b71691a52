package io.shinrai.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.audit.ChainedRecord;
import io.shinrai.audit.DicomEvent;
import io.shinrai.audit.MessageFormat;
import io.shinrai.audit.Outcome;
import io.shinrai.audit.Validity;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.membership.Memberships;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Shinrai's own security events reach the audit chain as DICOM A.5 messages that pass the schema. */
@ShinraiTest
@AutoConfigureMockMvc
class ActivityAuditFeedTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditRepository repository;
    @Autowired
    Memberships memberships;

    private List<ChainedRecord> ownRecordsSince(long sequence) {
        return repository.after(sequence, 10_000).stream()
                .filter(record -> OwnAuditEvents.SOURCE_ID.equals(record.record().summary().sourceId()))
                .toList();
    }

    @Test
    void signInsAndFailedSignInsAreUserAuthenticationEvents() throws Exception {
        UserAccount user = fixtures.user();
        long before = repository.head().sequence();

        new WebSession(mvc).signIn(user.email(), "not the password at all");
        new WebSession(mvc).signIn(user.email(), Fixtures.PASSWORD);

        List<ChainedRecord> own = ownRecordsSince(before);
        assertThat(own).extracting(record -> record.record().summary().userId()).containsOnly(user.email());
        assertThat(own).hasSizeGreaterThanOrEqualTo(2);
        assertThat(own).extracting(record -> record.record().summary().eventId(),
                record -> record.record().summary().eventTypes())
                .containsOnly(org.assertj.core.groups.Tuple.tuple(DicomEvent.USER_AUTHENTICATION.code().code(),
                        List.of("DCM:110122")));
        assertThat(own.subList(0, own.size() - 1)).extracting(record -> record.record().summary().outcome())
                .containsOnly(Outcome.MINOR_FAILURE);
        assertThat(own.get(own.size() - 1).record().summary().outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(own).allSatisfy(record -> {
            assertThat(record.record().format()).isEqualTo(MessageFormat.DICOM_XML);
            assertThat(record.record().validity()).as(record.record().problems().toString())
                    .isEqualTo(Validity.VALID);
        });
    }

    @Test
    void aRoleChangeIsASecurityAlertInTheOrganisationsTrail() {
        Organisation hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        UserAccount member = fixtures.member(hospital, OrgRole.VIEWER);
        long before = repository.head().sequence();

        memberships.changeRole(hospital.id(), member.id(), OrgRole.EDITOR);

        List<ChainedRecord> own = ownRecordsSince(before);
        assertThat(own).hasSize(1);
        assertThat(own.get(0).record().organisationId()).isEqualTo(hospital.id());
        assertThat(own.get(0).record().summary().eventId()).isEqualTo(DicomEvent.SECURITY_ALERT.code().code());
        assertThat(own.get(0).record().summary().eventTypes()).containsExactly("DCM:110136");
        assertThat(own.get(0).record().summary().objectIds()).containsExactly("user:" + member.id());
        assertThat(own.get(0).record().validity()).isEqualTo(Validity.VALID);
    }
}
