package io.shinrai.server.audit;

import io.shinrai.audit.Outcome;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a reviewer narrows the audit trail by; every part is optional. Dates are whole days in Japan time, the
 * participant is a patient or any other object ID, and the event type is written as system:code (DCM:110122).
 */
public record AuditQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String user, String participant, String eventId,
        String eventType, Outcome outcome, String source) {

    public static AuditQuery none() {
        return new AuditQuery(null, null, null, null, null, null, null, null);
    }
}
