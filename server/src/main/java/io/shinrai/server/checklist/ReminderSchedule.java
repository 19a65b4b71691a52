package io.shinrai.server.checklist;

import io.shinrai.server.activity.ActivityLog;
import java.time.LocalTime;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/** Sends the reminder mails every day at the configured time, Japan time. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReminderSchedule implements SchedulingConfigurer {

    private final ReminderSettings settings;
    private final ReminderMails mails;

    ReminderSchedule(ReminderSettings settings, ReminderMails mails) {
        this.settings = settings;
        this.mails = mails;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        LocalTime at = settings.dailyAt();
        if (at != null) {
            tasks.addCronTask(new CronTask(mails::sendDue, new CronTrigger(
                    "0 %d %d * * *".formatted(at.getMinute(), at.getHour()), ActivityLog.DISPLAY_ZONE)));
        }
    }
}
