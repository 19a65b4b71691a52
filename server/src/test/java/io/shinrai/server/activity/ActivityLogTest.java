package io.shinrai.server.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.MovableClock;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.activity.ActivityLog.Target;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@ShinraiTest
class ActivityLogTest {

    @Autowired
    ActivityLog activity;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MovableClock clock;

    @Test
    void keepsWhoWhatAndTheStateBeforeAndAfter() {
        UUID organisation = UUID.randomUUID();
        UUID actor = UUID.randomUUID();
        activity.record(actor, "高橋 美咲", organisation, "member.role-changed", Target.of("user", "u1"),
                Map.of("role", "VIEWER"), Map.of("role", "EDITOR"));

        ActivityEntry entry = activity.forOrganisation(organisation, ActivityFilter.none()).get(0);
        assertThat(entry.actorId()).isEqualTo(actor);
        assertThat(entry.actorName()).isEqualTo("高橋 美咲");
        assertThat(entry.action()).isEqualTo("member.role-changed");
        assertThat(entry.targetId()).isEqualTo("u1");
        assertThat(entry.before()).isEqualTo("{\"role\":\"VIEWER\"}");
        assertThat(entry.after()).isEqualTo("{\"role\":\"EDITOR\"}");
    }

    @Test
    void filtersByActionActorAndDaysInJapanTime() {
        UUID organisation = UUID.randomUUID();
        activity.record(null, "Sato Hanako", organisation, "login", null, null, null);
        activity.record(null, "Yamada Taro", organisation, "organisation.updated", null, null, null);
        clock.advance(Duration.ofDays(3));
        activity.record(null, "Yamada Taro", organisation, "login", null, null, null);
        LocalDate today = LocalDate.now(clock.withZone(ActivityLog.DISPLAY_ZONE));

        assertThat(activity.forOrganisation(organisation, new ActivityFilter("login", null, null, null)))
                .extracting(ActivityEntry::actorName).containsExactly("Yamada Taro", "Sato Hanako");
        assertThat(activity.forOrganisation(organisation, new ActivityFilter(null, "yamada", null, null)))
                .extracting(ActivityEntry::action).containsExactly("login", "organisation.updated");
        assertThat(activity.forOrganisation(organisation, new ActivityFilter(null, null, today, today)))
                .extracting(ActivityEntry::actorName).containsExactly("Yamada Taro");
        assertThat(activity.forOrganisation(organisation, new ActivityFilter(null, "100%", null, null))).isEmpty();
    }

    @Test
    void aRecordIsNeverKeptWithoutTheChangeItDescribes() {
        UUID organisation = UUID.randomUUID();
        try {
            transaction.executeWithoutResult(status -> {
                activity.record(organisation, "organisation.updated", null, null, null);
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // the change and its record are rolled back together
        }
        assertThat(activity.forOrganisation(organisation, ActivityFilter.none())).isEmpty();
    }
}
