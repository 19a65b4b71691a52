package io.shinrai.vuln;

import java.util.Optional;

/** What in an advisory made a component affected: a range of an affected package, a version it lists, or a CPE. */
public sealed interface Match {

    /** The version is inside the range from {@code introduced}, up to the event that closes it, if any. */
    record InRange(AffectedPackage affected, AffectedRange range, RangeEvent.Introduced introduced,
            Optional<RangeEvent> upTo) implements Match {
        @Override
        public String toString() {
            return affected.key() + " " + range.type() + " range " + introduced
                    + upTo.map(end -> ", " + end).orElse(", no fix");
        }
    }

    /** The affected package lists the version itself. */
    record ListedVersion(AffectedPackage affected, String version) implements Match {
        @Override
        public String toString() {
            return affected.key() + " listed version " + version;
        }
    }

    /** The component's CPE meets a vulnerable CPE criterion of the advisory. */
    record CpeCriterion(CpeApplicability.Criterion criterion) implements Match {
        @Override
        public String toString() {
            return "CPE " + criterion;
        }
    }
}
