package io.shinrai.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The parts of a message that records are found by: the event, who did it from where, which system reported it,
 * and which patients and other objects it concerned. Every part may be absent.
 */
public record AuditSummary(String eventId, String eventSystem, List<String> eventTypes, String action,
        Outcome outcome, Instant eventTime, String userId, String userName, String networkAccessPoint,
        String sourceId, String siteId, List<String> patientIds, List<String> objectIds) {

    public static final AuditSummary NONE = new AuditSummary(null, null, List.of(), null, null, null, null, null,
            null, null, null, List.of(), List.of());

    public AuditSummary {
        eventTypes = List.copyOf(eventTypes);
        patientIds = List.copyOf(patientIds);
        objectIds = List.copyOf(objectIds);
        // kept to the millisecond, which every database stores exactly
        eventTime = eventTime == null ? null : eventTime.truncatedTo(ChronoUnit.MILLIS);
    }

    public static AuditSummary of(AuditMessage message) {
        Code event = message.eventId();
        ActiveParticipant user = message.requestor().orElse(null);
        AuditSource source = message.source();
        return new AuditSummary(event == null ? null : event.code(), event == null ? null : event.system(),
                message.eventTypes().stream().map(type -> type.system() + ":" + type.code()).toList(),
                message.action(), message.outcome(), message.eventTime(),
                user == null ? null : user.userId(), user == null ? null : user.userName(),
                user == null ? null : user.networkAccessPoint(),
                source == null ? null : source.sourceId(), source == null ? null : source.enterpriseSiteId(),
                message.patients().stream().map(ParticipantObject::id).filter(id -> id != null).toList(),
                message.objects().stream().filter(object -> !object.isPatient()).map(ParticipantObject::id)
                        .filter(id -> id != null).toList());
    }
}
