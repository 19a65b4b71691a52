package io.shinrai.server.audit;

import java.util.List;

/** One page of records, newest first; nextBefore asks for the page after it, null on the last page. */
public record AuditPage(List<AuditRow> records, Long nextBefore) {
}
