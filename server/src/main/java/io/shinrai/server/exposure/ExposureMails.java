package io.shinrai.server.exposure;

import io.shinrai.server.ShinraiProperties;
import io.shinrai.server.mail.Mailer;
import io.shinrai.server.membership.Member;
import io.shinrai.server.membership.Memberships;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.product.VersionNews;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails the reviewers, editors and admins of every hospital that installed a version with news of it (findings
 * gained, an advisory published): once the news is committed, so that nobody hears of what was then taken back. Without an
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
    void tell(VersionNews news) {
        if (!mailer.enabled()) {
            return;
        }
        for (UUID versionId : news.versionIds()) {
            installations.of(versionId).ifPresent(installed -> {
                for (Map.Entry<UUID, List<ExposureRepository.LedgerLine>> hospital
                        : installed.byHospital().entrySet()) {
                    String name = organisations.get(hospital.getKey()).name();
                    String systems = String.join(", ", hospital.getValue().stream()
                            .map(ExposureRepository.LedgerLine::name).toList());
                    List<Object> facts = new ArrayList<>(List.of(installed.product(), installed.version(), name,
                            systems, properties.baseUrl() + "/orgs/" + hospital.getKey() + "/exposure"));
                    facts.addAll(news.mailFacts());
                    mail(hospital.getKey(), "exposure.mail." + news.key(), facts.toArray());
                }
            });
        }
    }

    /** Mails the hospital's reviewers and those above them, in Japanese with the English text below. */
    private void mail(UUID hospitalId, String key, Object[] facts) {
        String subject = messages.getMessage(key + ".subject", facts, Locale.JAPANESE);
        String text = messages.getMessage(key + ".text", facts, Locale.JAPANESE)
                + "\n\n----- English -----\n" + messages.getMessage(key + ".text", facts, Locale.ENGLISH);
        for (Member member : memberships.members(hospitalId)) {
            if (member.role().includes(OrgRole.REVIEWER)) {
                send(member.email(), subject, text);
            }
        }
    }

    private void send(String to, String subject, String text) {
        try {
            mailer.send(to, subject, text);
        } catch (RuntimeException failed) {
            log.warn("a notice could not be mailed to {}: {}", to, failed.getMessage());
        }
    }
}
