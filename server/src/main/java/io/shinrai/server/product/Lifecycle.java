package io.shinrai.server.product;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The lifecycle dates of a product version: released (発売), end of sales (販売終了), end of support (サポート終了)
 * and end of life (製品寿命). Any may be unknown yet.
 */
public record Lifecycle(LocalDate releasedOn, LocalDate endOfSales, LocalDate endOfSupport, LocalDate endOfLife) {

    public static final Lifecycle UNKNOWN = new Lifecycle(null, null, null, null);

    public LocalDate date(Milestone milestone) {
        return switch (milestone) {
            case RELEASED -> releasedOn;
            case END_OF_SALES -> endOfSales;
            case END_OF_SUPPORT -> endOfSupport;
            case END_OF_LIFE -> endOfLife;
        };
    }

    /** The milestones whose date differs in {@code next}, with the date each had here. */
    public Map<Milestone, LocalDate> changedIn(Lifecycle next) {
        Map<Milestone, LocalDate> changed = new EnumMap<>(Milestone.class);
        for (Milestone milestone : Milestone.values()) {
            LocalDate before = date(milestone);
            if (before == null ? next.date(milestone) != null : !before.equals(next.date(milestone))) {
                changed.put(milestone, before);
            }
        }
        return changed;
    }

    /** The last milestone reached on {@code today}, or null before release (or when no date is known). */
    public Milestone stage(LocalDate today) {
        Milestone reached = null;
        for (Milestone milestone : Milestone.values()) {
            LocalDate date = date(milestone);
            if (date != null && !date.isAfter(today)) {
                reached = milestone;
            }
        }
        return reached;
    }

    /** Support has ended (or the version's life has) on {@code today}. */
    public boolean pastEndOfSupport(LocalDate today) {
        return stage(today) == Milestone.END_OF_SUPPORT || stage(today) == Milestone.END_OF_LIFE;
    }
}
