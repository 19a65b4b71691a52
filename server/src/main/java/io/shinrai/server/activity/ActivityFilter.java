package io.shinrai.server.activity;

import java.time.LocalDate;

/** What an org admin narrows the activity log by; every part is optional. */
public record ActivityFilter(String action, String actor, LocalDate from, LocalDate to) {

    public static ActivityFilter none() {
        return new ActivityFilter(null, null, null, null);
    }
}
