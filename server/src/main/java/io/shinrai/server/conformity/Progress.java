package io.shinrai.server.conformity;

import java.util.Collection;

/**
 * How complete a clause (or the whole catalogue) is: of its {@code total} activities, how many are done or not
 * applicable, how many are in progress, and how many still hold an earlier version's record nobody has confirmed.
 */
public record Progress(int total, int done, int notApplicable, int inProgress, int carriedOver) {

    static Progress of(Collection<ActivityRecord> activities) {
        int done = 0;
        int notApplicable = 0;
        int inProgress = 0;
        int carriedOver = 0;
        for (ActivityRecord activity : activities) {
            switch (activity.status()) {
                case DONE -> done++;
                case NOT_APPLICABLE -> notApplicable++;
                case IN_PROGRESS -> inProgress++;
                case NOT_STARTED -> { }
            }
            if (activity.carriedOver()) {
                carriedOver++;
            }
        }
        return new Progress(activities.size(), done, notApplicable, inProgress, carriedOver);
    }

    public int settled() {
        return done + notApplicable;
    }

    public int notStarted() {
        return total - settled() - inProgress;
    }

    /** Rounded down, so that 100 % means every activity is settled. */
    public int percent() {
        return total == 0 ? 100 : settled() * 100 / total;
    }
}
