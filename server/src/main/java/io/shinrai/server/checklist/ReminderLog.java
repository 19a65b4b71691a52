package io.shinrai.server.checklist;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The overdue items each person was mailed about, by day, so that nobody hears of an item twice a day. */
@Repository
class ReminderLog {

    private final JdbcClient jdbc;

    ReminderLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes that the person is told about the item today; false if they were already. */
    boolean claim(UUID userId, UUID checklistId, String ref, LocalDate day) {
        boolean told = jdbc.sql("""
                select count(*) from checklist_reminder_sent
                where user_id = :user and checklist_id = :checklist and item_ref = :ref and sent_on = :day""")
                .param("user", userId).param("checklist", checklistId).param("ref", ref)
                .param("day", Date.valueOf(day)).query(Long.class).single() > 0;
        if (told) {
            return false;
        }
        jdbc.sql("""
                insert into checklist_reminder_sent (user_id, checklist_id, item_ref, sent_on)
                values (:user, :checklist, :ref, :day)""")
                .param("user", userId).param("checklist", checklistId).param("ref", ref)
                .param("day", Date.valueOf(day)).update();
        return true;
    }
}
