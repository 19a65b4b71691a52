package io.shinrai.server.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The sender address of the platform's mails (SHINRAI_MAIL_FROM); the SMTP server is Spring Boot's spring.mail. */
@ConfigurationProperties("shinrai.mail")
public record MailSettings(String from) {
}
