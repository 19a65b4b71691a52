package io.shinrai.server.checklist;

import io.shinrai.server.ShinraiProperties;
import io.shinrai.server.checklist.ChecklistReminders.Reminder;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mail that tells a hospital's people which items are overdue: in Japanese, then the same in English, since
 * accounts have no language of their own.
 */
@Component
class ReminderDigest {

    private static final List<Locale> LANGUAGES = List.of(Locale.JAPANESE, Locale.ENGLISH);

    private final MessageSource messages;
    private final ShinraiProperties properties;

    ReminderDigest(MessageSource messages, ShinraiProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    String subject(Organisation hospital, List<Reminder> overdue) {
        return String.join(" / ", LANGUAGES.stream()
                .map(language -> message("checklist.mail.subject", language, overdue.size(), hospital.name()))
                .toList());
    }

    String text(Organisation hospital, List<Reminder> overdue) {
        return String.join("\n\n----- English -----\n\n", LANGUAGES.stream()
                .map(language -> text(hospital, overdue, language)).toList());
    }

    private String text(Organisation hospital, List<Reminder> overdue, Locale language) {
        StringBuilder text = new StringBuilder(message("checklist.mail.intro", language, hospital.name(),
                overdue.size())).append('\n');
        String form = null;
        for (Reminder reminder : overdue) {
            String formOfItem = reminder.year().label(language) + " " + (reminder.systemId() == null
                    ? message("checklist.hospitalForm", language)
                    : message("checklist.vendorFormOf", language, reminder.systemName()));
            if (!Objects.equals(form, formOfItem)) {
                form = formOfItem;
                text.append("\n■ ").append(form).append('\n');
            }
            text.append("  ").append(reminder.item().ref()).append(' ')
                    .append(reminder.item().text().in(language)).append('\n')
                    .append("    ").append(message("checklist.mail.target", language, reminder.targetOn().toString(),
                            reminder.daysOverdue())).append('\n')
                    .append("    ").append(properties.baseUrl()).append(reminder.path(hospital.id())).append('\n');
        }
        return text.append('\n').append(message("checklist.mail.footer", language, hospital.name(),
                message("role." + OrgRole.REVIEWER, language))).append('\n').toString();
    }

    private String message(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }
}
