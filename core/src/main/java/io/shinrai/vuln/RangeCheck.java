package io.shinrai.vuln;

import io.github.nscuro.versatile.spi.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether a version lies in an OSV range, as the OSV schema's evaluation describes it: events sorted by version
 * (whatever order the advisory gives), each introduced at or below the version opens, each fixed at or below it and
 * each last_affected below it closes, and the state after the last of them decides; a version at or above every
 * limit is outside.
 */
final class RangeCheck {

    private RangeCheck() {
    }

    /**
     * @param parse reads an event's version in the range's order; it throws
     *              {@link io.github.nscuro.versatile.spi.InvalidVersionException} for one it cannot read
     */
    static Optional<Match.InRange> check(AffectedPackage affected, AffectedRange range, Version version,
            Function<String, Version> parse) {
        List<Placed> placed = new ArrayList<>();
        List<Version> limits = new ArrayList<>();
        for (RangeEvent event : range.events()) {
            if (event instanceof RangeEvent.Limit limit) {
                limits.add(parse.apply(limit.version()));
            } else {
                boolean start = event instanceof RangeEvent.Introduced introduced && introduced.fromTheStart();
                placed.add(new Placed(event, start ? null : parse.apply(event.version())));
            }
        }
        if (!limits.isEmpty() && limits.stream().noneMatch(limit -> version.compareTo(limit) < 0)) {
            return Optional.empty();
        }
        placed.sort(Placed.ORDER);
        int open = -1;
        for (int i = 0; i < placed.size(); i++) {
            Placed event = placed.get(i);
            if (event.appliesTo(version)) {
                open = event.event() instanceof RangeEvent.Introduced ? i : -1;
            }
        }
        if (open < 0) {
            return Optional.empty();
        }
        Optional<RangeEvent> upTo = placed.subList(open + 1, placed.size()).stream().map(Placed::event)
                .filter(event -> !(event instanceof RangeEvent.Introduced)).findFirst();
        if (upTo.isEmpty()) {
            upTo = range.events().stream().filter(RangeEvent.Limit.class::isInstance).findFirst();
        }
        return Optional.of(new Match.InRange(affected, range, (RangeEvent.Introduced) placed.get(open).event(), upTo));
    }

    /** An event with its parsed version; null for introduced "0", which comes before every version. */
    private record Placed(RangeEvent event, Version at) {

        /** By version; at equal versions an introduced comes first, so that a fix at the same version wins. */
        static final Comparator<Placed> ORDER = Comparator
                .comparing(Placed::at, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(placed -> placed.event() instanceof RangeEvent.Introduced ? 0 : 1);

        boolean appliesTo(Version version) {
            if (at == null) {
                return true;
            }
            int c = version.compareTo(at);
            return event instanceof RangeEvent.LastAffected ? c > 0 : c >= 0;
        }
    }
}
