package io.shinrai.server.checklist;

import io.shinrai.server.checklist.ChecklistReminders.Reminder;
import io.shinrai.server.mail.Mailer;
import io.shinrai.server.membership.Member;
import io.shinrai.server.membership.Memberships;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationRepository;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails each reviewer, editor and admin of a hospital one digest of its overdue items, each item at most once a day.
 * What was mailed is noted in the same transaction as the mail is handed to the SMTP server: a mail that fails is
 * tried again at the next run, and a restart does not send one twice.
 */
@Service
public class ReminderMails {

    private static final Logger log = LoggerFactory.getLogger(ReminderMails.class);

    private final ChecklistReminders reminders;
    private final ReminderDigest digest;
    private final ReminderLog sent;
    private final Memberships memberships;
    private final OrganisationRepository organisations;
    private final Checklists checklists;
    private final Mailer mailer;
    private final TransactionTemplate transactions;

    ReminderMails(ChecklistReminders reminders, ReminderDigest digest, ReminderLog sent, Memberships memberships,
                  OrganisationRepository organisations, Checklists checklists, Mailer mailer,
                  TransactionTemplate transactions) {
        this.reminders = reminders;
        this.digest = digest;
        this.sent = sent;
        this.memberships = memberships;
        this.organisations = organisations;
        this.checklists = checklists;
        this.mailer = mailer;
        this.transactions = transactions;
    }

    /** How many people were mailed, and how many could not be. */
    public record Outcome(int mailed, int failed) {

        Outcome plus(Outcome other) {
            return new Outcome(mailed + other.mailed, failed + other.failed);
        }
    }

    public boolean enabled() {
        return mailer.enabled();
    }

    /** The daily run, for every hospital. */
    public Outcome sendDue() {
        return organisations.findAll().stream().filter(Organisation::isHospital).map(this::send)
                .reduce(new Outcome(0, 0), Outcome::plus);
    }

    /** An admin's run for their hospital, between the daily ones. */
    public Outcome sendFor(Organisation hospital) {
        return send(hospital);
    }

    private Outcome send(Organisation hospital) {
        List<Reminder> overdue = reminders.of(hospital.id()).overdue();
        if (!mailer.enabled() || overdue.isEmpty()) {
            return new Outcome(0, 0);
        }
        LocalDate today = checklists.today();
        Outcome outcome = new Outcome(0, 0);
        for (Member member : memberships.members(hospital.id())) {
            if (!member.role().includes(OrgRole.REVIEWER)) {
                continue;
            }
            try {
                boolean mailed = Boolean.TRUE.equals(transactions.execute(status ->
                        sendTo(member, hospital, overdue, today)));
                outcome = outcome.plus(new Outcome(mailed ? 1 : 0, 0));
            } catch (RuntimeException failure) {
                log.warn("Reminder mail to {} of {} failed: {}", member.email(), hospital.name(), failure.toString());
                outcome = outcome.plus(new Outcome(0, 1));
            }
        }
        return outcome;
    }

    private boolean sendTo(Member member, Organisation hospital, List<Reminder> overdue, LocalDate today) {
        List<Reminder> untold = overdue.stream()
                .filter(reminder -> sent.claim(member.userId(), reminder.checklistId(), reminder.item().ref(), today))
                .toList();
        if (untold.isEmpty()) {
            return false;
        }
        mailer.send(member.email(), digest.subject(hospital, untold), digest.text(hospital, untold));
        return true;
    }
}
