package io.shinrai.vuln;

import io.github.nscuro.versatile.Comparator;
import io.github.nscuro.versatile.Constraint;
import io.github.nscuro.versatile.Vers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A version range in the package URL project's vers notation ({@code vers:npm/>=1.0.0|<2.0.0}), as CSAF writes it
 * in branches of category {@code product_version_range}: the intervals it covers and the single versions it names.
 * Constraints are taken in version order, whatever order the text gives them.
 */
record VersRange(List<Interval> intervals, List<String> versions) {

    VersRange {
        intervals = List.copyOf(intervals);
        versions = List.copyOf(versions);
    }

    /** From a lower bound (or the first version) up to an upper bound (or every later version). */
    record Interval(Optional<CpeApplicability.Bound> start, Optional<CpeApplicability.Bound> end) {
    }

    /** @throws IllegalArgumentException for text that is no vers, or that excludes versions ({@code !=}) */
    static VersRange parse(String text) {
        List<Constraint> constraints;
        try {
            constraints = new ArrayList<>(Vers.parse(text).constraints());
            constraints.sort(null);
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException("not a vers range: " + text, unreadable);
        }
        List<Interval> intervals = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        CpeApplicability.Bound start = null;
        boolean open = false;
        for (Constraint constraint : constraints) {
            String version = constraint.version() == null ? null : constraint.version().toString();
            switch (constraint.comparator()) {
                case WILDCARD -> {
                    return new VersRange(List.of(new Interval(Optional.empty(), Optional.empty())), List.of());
                }
                case EQUAL -> versions.add(version);
                case NOT_EQUAL -> throw new IllegalArgumentException("a range that excludes versions (!=) cannot be "
                        + "matched: " + text);
                case GREATER_THAN, GREATER_THAN_OR_EQUAL -> {
                    if (open) {
                        throw new IllegalArgumentException("two lower bounds in a row: " + text);
                    }
                    start = new CpeApplicability.Bound(version,
                            constraint.comparator() == Comparator.GREATER_THAN_OR_EQUAL);
                    open = true;
                }
                case LESS_THAN, LESS_THAN_OR_EQUAL -> {
                    CpeApplicability.Bound end = new CpeApplicability.Bound(version,
                            constraint.comparator() == Comparator.LESS_THAN_OR_EQUAL);
                    intervals.add(new Interval(Optional.ofNullable(start), Optional.of(end)));
                    start = null;
                    open = false;
                }
            }
        }
        if (open) {
            intervals.add(new Interval(Optional.of(start), Optional.empty()));
        }
        return new VersRange(intervals, versions);
    }

    /**
     * The intervals as an OSV range: each lower bound an introduced event, each upper bound a fixed (exclusive) or
     * last_affected (inclusive) event. OSV has no exclusive lower bound, so a {@code >} yields nothing.
     */
    Optional<AffectedRange> osvRange() {
        List<RangeEvent> events = new ArrayList<>();
        for (Interval interval : intervals) {
            if (interval.start().isPresent() && !interval.start().get().inclusive()) {
                return Optional.empty();
            }
            events.add(new RangeEvent.Introduced(interval.start().map(CpeApplicability.Bound::version).orElse("0")));
            interval.end().ifPresent(end -> events.add(end.inclusive() ? new RangeEvent.LastAffected(end.version())
                    : new RangeEvent.Fixed(end.version())));
        }
        return events.isEmpty() ? Optional.empty()
                : Optional.of(new AffectedRange(AffectedRange.Type.ECOSYSTEM, null, events));
    }
}
