package io.shinrai.server.checklist;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** When the daily reminder mails go out, in Japan time (SHINRAI_REMINDER_TIME); none, never by themselves. */
@ConfigurationProperties("shinrai.reminders")
public record ReminderSettings(LocalTime dailyAt) {
}
