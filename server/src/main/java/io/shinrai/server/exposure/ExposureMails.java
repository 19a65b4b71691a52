package io.shinrai.server.exposure;

import io.shinrai.server.ShinraiProperties;
import io.shinrai.server.finding.FindingsGained;
import io.shinrai.server.mail.Mailer;
import io.shinrai.server.membership.Member;
import io.shinrai.server.membership.Memberships;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails the reviewers, editors and admins of every hospital that installed a version when the version gains
 * findings: once the matching is committed, so that nobody hears of findings an import then took back. Without an
 * SMTP server the activity feed is the only notice; a mail that fails is logged and the rest go on.
 */
@Component
class ExposureMails {

    private static final Logger log = LoggerFactory.getLogger(ExposureMails.class);

    private final Installations installations;
    private final Memberships memberships;
    private final Organisations organisations;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ShinraiProperties properties;

    ExposureMails(Installations installations, Memberships memberships, Organisations organisations, Mailer mailer,
                  MessageSource messages, ShinraiProperties properties) {
        this.installations = installations;
        this.memberships = memberships;
        this.organisations = organisations;
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
    }

    @TransactionalEventListener
    void findingsGained(FindingsGained gained) {
        if (!mailer.enabled()) {
            return;
        }
        installations.of(gained.versionId()).ifPresent(installed -> {
            for (Map.Entry<UUID, List<ExposureRepository.LedgerLine>> hospital : installed.byHospital().entrySet()) {
                String name = organisations.get(hospital.getKey()).name();
                String systems = String.join(", ", hospital.getValue().stream()
                        .map(ExposureRepository.LedgerLine::name).toList());
                Object[] facts = {installed.product(), installed.version(), gained.advisoryIds().size(), name,
                        systems, String.join("\n", new TreeSet<>(gained.advisoryIds())),
                        properties.baseUrl() + "/orgs/" + hospital.getKey() + "/exposure"};
                String subject = messages.getMessage("exposure.mail.subject", facts, Locale.JAPANESE);
                String text = messages.getMessage("exposure.mail.text", facts, Locale.JAPANESE)
                        + "\n\n----- English -----\n" + messages.getMessage("exposure.mail.text", facts,
                        Locale.ENGLISH);
                for (Member member : memberships.members(hospital.getKey())) {
                    if (member.role().includes(OrgRole.REVIEWER)) {
                        send(member.email(), subject, text);
                    }
                }
            }
        });
    }

    private void send(String to, String subject, String text) {
        try {
            mailer.send(to, subject, text);
        } catch (RuntimeException failed) {
            log.warn("the notice of new findings could not be mailed to {}: {}", to, failed.getMessage());
        }
    }
}
