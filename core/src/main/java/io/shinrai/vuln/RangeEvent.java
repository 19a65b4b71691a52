package io.shinrai.vuln;

/** An event of an OSV range: where affected versions start, end (exclusive or inclusive), or are cut off. */
public sealed interface RangeEvent {

    String version();

    /** Versions from here on are affected; "0" means from the very first version. */
    record Introduced(String version) implements RangeEvent {
        public boolean fromTheStart() {
            return "0".equals(version);
        }

        @Override
        public String toString() {
            return "introduced " + version;
        }
    }

    /** This version and later are not affected. */
    record Fixed(String version) implements RangeEvent {
        @Override
        public String toString() {
            return "fixed " + version;
        }
    }

    /** Versions after this one are not affected. */
    record LastAffected(String version) implements RangeEvent {
        @Override
        public String toString() {
            return "last_affected " + version;
        }
    }

    /** No version at or after this one is affected, whatever the other events say. */
    record Limit(String version) implements RangeEvent {
        @Override
        public String toString() {
            return "limit " + version;
        }
    }
}
