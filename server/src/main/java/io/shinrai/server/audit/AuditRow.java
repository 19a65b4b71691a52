package io.shinrai.server.audit;

import io.shinrai.audit.AuditRecord;
import io.shinrai.audit.AuditSummary;
import io.shinrai.audit.ChainedRecord;
import io.shinrai.audit.Code;
import io.shinrai.audit.DicomEvent;
import io.shinrai.audit.MessageFormat;
import io.shinrai.audit.Outcome;
import io.shinrai.audit.Validity;
import java.time.Instant;
import java.util.List;

/**
 * One record as reviewers see it: ISO 27789's who (user), which record (patients), when, from where (network
 * access point) and through which system (source), beside how it arrived and whether it met its schema.
 */
public record AuditRow(long sequence, Instant recordedAt, Instant eventTime, String eventId, String eventName,
        List<String> eventTypes, String action, Outcome outcome, String userId, String userName,
        String networkAccessPoint, String sourceId, List<String> patientIds, List<String> objectIds,
        MessageFormat format, Validity validity, List<String> problems, String origin) {

    static AuditRow of(ChainedRecord chained) {
        AuditRecord record = chained.record();
        AuditSummary summary = record.summary();
        String eventName = summary.eventId() == null ? null
                : DicomEvent.of(new Code(summary.eventId(), summary.eventSystem(), null))
                        .map(event -> event.code().text()).orElse(null);
        return new AuditRow(record.sequence(), record.recordedAt(), summary.eventTime(), summary.eventId(),
                eventName, summary.eventTypes(), summary.action(), summary.outcome(), summary.userId(),
                summary.userName(), summary.networkAccessPoint(), summary.sourceId(), summary.patientIds(),
                summary.objectIds(), record.format(), record.validity(), record.problems(), record.origin());
    }

    /** When it happened as the sender said, else when it was received. */
    public Instant when() {
        return eventTime != null ? eventTime : recordedAt;
    }
}
