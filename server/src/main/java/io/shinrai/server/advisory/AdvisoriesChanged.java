package io.shinrai.server.advisory;

import java.util.Set;

/** Advisories were added or replaced by a newer revision (a withdrawal too); published inside the import. */
public record AdvisoriesChanged(Set<String> ids) {

    public AdvisoriesChanged {
        ids = Set.copyOf(ids);
    }
}
