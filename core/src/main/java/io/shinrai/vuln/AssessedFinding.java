package io.shinrai.vuln;

import java.util.Optional;

/** A finding with the VEX statement that speaks of it, if any. */
public record AssessedFinding(Finding finding, Optional<VexStatement> statement) {

    /** Whether the vendor says the component is not affected (not_affected, false_positive). */
    public boolean suppressed() {
        return statement.map(s -> s.state().suppresses()).orElse(false);
    }

    @Override
    public String toString() {
        return finding + statement.map(s -> " [" + s.state().cycloneDx() + "]").orElse("");
    }
}
