package io.shinrai.server.web;

import io.shinrai.server.activity.ActivityLog;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Formats instants for pages, in Japan Standard Time: {@code ${@displayTime.format(instant)}}. */
@Component
public class DisplayTime {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ActivityLog.DISPLAY_ZONE);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ActivityLog.DISPLAY_ZONE);

    public String format(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    public String precise(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }
}
