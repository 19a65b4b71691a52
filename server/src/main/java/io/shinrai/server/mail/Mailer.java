package io.shinrai.server.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sends plain-text mails through the SMTP server set by SHINRAI_SMTP_HOST. Without a host, mail is off: nothing is
 * sent, and features that would mail say so instead.
 */
@Component
public class Mailer {

    private final ObjectProvider<JavaMailSender> sender;
    private final String host;
    private final MailSettings settings;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host, MailSettings settings) {
        this.sender = sender;
        this.host = host;
        this.settings = settings;
    }

    public boolean enabled() {
        return StringUtils.hasText(host) && sender.getIfAvailable() != null;
    }

    /** Sends one mail to one person, as UTF-8 text. */
    public void send(String to, String subject, String text) {
        if (!enabled()) {
            throw new IllegalStateException("mail is off: SHINRAI_SMTP_HOST is not set");
        }
        JavaMailSender mail = sender.getObject();
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, false);
        } catch (MessagingException e) {
            throw new MailSendException("cannot address a mail to " + to, e);
        }
        mail.send(message);
    }
}
