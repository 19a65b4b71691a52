package io.shinrai.audit;

import java.util.List;

/** The system that reported the event, and the site (enterprise) it belongs to. */
public record AuditSource(String sourceId, String enterpriseSiteId, List<Code> types) {

    public AuditSource {
        types = List.copyOf(types);
    }
}
