package io.shinrai.vuln;

import java.util.List;
import java.util.Optional;

/**
 * Where an advisory applies by CPE, as an NVD configuration gives it: nodes joined by AND or OR, each a list of CPE
 * match criteria with optional version bounds. A component is matched by CPE only when it has a CPE of its own.
 */
public record CpeApplicability(Operator operator, List<Node> nodes) {

    public enum Operator { AND, OR }

    public CpeApplicability {
        nodes = List.copyOf(nodes);
    }

    public record Node(Operator operator, boolean negate, List<Criterion> criteria) {
        public Node {
            criteria = List.copyOf(criteria);
        }
    }

    /**
     * One {@code cpeMatch}: a CPE 2.3 name, whether it names the vulnerable thing (or only the platform it runs
     * on), and the version bounds NVD adds when the name's version is ANY.
     */
    public record Criterion(boolean vulnerable, Cpe cpe, Optional<Bound> start, Optional<Bound> end) {

        @Override
        public String toString() {
            return cpe + start.map(bound -> " from " + bound).orElse("")
                    + end.map(bound -> " up to " + bound).orElse("");
        }
    }

    public record Bound(String version, boolean inclusive) {
        @Override
        public String toString() {
            return version + (inclusive ? " (including)" : " (excluding)");
        }
    }
}
