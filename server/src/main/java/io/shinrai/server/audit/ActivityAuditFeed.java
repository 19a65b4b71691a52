package io.shinrai.server.audit;

import io.shinrai.audit.ActiveParticipant;
import io.shinrai.audit.AuditMessage;
import io.shinrai.audit.AuditSource;
import io.shinrai.audit.Code;
import io.shinrai.audit.DicomEvent;
import io.shinrai.audit.DicomEventType;
import io.shinrai.audit.Outcome;
import io.shinrai.audit.ParticipantObject;
import io.shinrai.server.activity.ActivityEntry;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes Shinrai's own security-relevant activity into the audit chain as DICOM A.5 messages, fed from the one
 * place every change is already recorded (the activity log), so no feature calls the audit trail twice.
 * The message is appended once the change has committed, in a transaction of its own: the chain's head lock is
 * then never held together with a feature's locks.
 */
@Component
class ActivityAuditFeed {

    private static final Code APPLICATION_SERVER = new Code("4", Code.DCM, "Application Server");
    private static final Code USER_IDENTIFIER = new Code("11", "RFC-3881", "User Identifier");
    private static final Code REPORT_NUMBER = new Code("9", "RFC-3881", "Report Number");
    private static final Code RESOURCE_URI = new Code("12", "RFC-3881", "URI");

    /** How an activity is reported: its event, its type, and whether it tells of a failure. */
    private record Mapping(DicomEvent event, DicomEventType type, Outcome outcome) {
    }

    private static final Mapping SECURITY_ROLES = new Mapping(DicomEvent.SECURITY_ALERT,
            DicomEventType.SECURITY_ROLES_CHANGED, Outcome.SUCCESS);
    private static final Mapping USER_SECURITY = new Mapping(DicomEvent.SECURITY_ALERT,
            DicomEventType.USER_SECURITY_ATTRIBUTES_CHANGED, Outcome.SUCCESS);
    private static final Mapping SECURITY_CONFIGURATION = new Mapping(DicomEvent.SECURITY_ALERT,
            DicomEventType.SECURITY_CONFIGURATION, Outcome.SUCCESS);
    private static final Mapping EXPORT = new Mapping(DicomEvent.EXPORT, null, Outcome.SUCCESS);

    private static final Map<String, Mapping> MAPPINGS = Map.ofEntries(
            Map.entry("login", new Mapping(DicomEvent.USER_AUTHENTICATION, DicomEventType.LOGIN, Outcome.SUCCESS)),
            Map.entry("login.failed",
                    new Mapping(DicomEvent.USER_AUTHENTICATION, DicomEventType.LOGIN, Outcome.MINOR_FAILURE)),
            Map.entry("logout", new Mapping(DicomEvent.USER_AUTHENTICATION, DicomEventType.LOGOUT, Outcome.SUCCESS)),
            Map.entry("member.added", SECURITY_ROLES),
            Map.entry("member.role-changed", SECURITY_ROLES),
            Map.entry("member.removed", SECURITY_ROLES),
            Map.entry("account.locked", USER_SECURITY),
            Map.entry("account.unlocked", USER_SECURITY),
            Map.entry("account.password-changed", USER_SECURITY),
            Map.entry("account.sessions-ended", USER_SECURITY),
            Map.entry("two-factor.enrolled", USER_SECURITY),
            Map.entry("two-factor.reset", USER_SECURITY),
            Map.entry("two-factor.recovery-codes-replaced", USER_SECURITY),
            Map.entry("organisation.updated", SECURITY_CONFIGURATION),
            Map.entry("api-token.issued", SECURITY_CONFIGURATION),
            Map.entry("api-token.revoked", SECURITY_CONFIGURATION),
            Map.entry("signing-key.created", SECURITY_CONFIGURATION),
            Map.entry("signing-key.imported", SECURITY_CONFIGURATION),
            Map.entry("disclosure.published", EXPORT),
            Map.entry("inspection.produced", EXPORT));

    private final OwnAuditTrail trail;

    ActivityAuditFeed(OwnAuditTrail trail) {
        this.trail = trail;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recorded(ActivityEntry entry) {
        Mapping mapping = MAPPINGS.get(entry.action());
        if (mapping == null) {
            return;
        }
        trail.record(entry.organisationId(), message(entry, mapping));
    }

    private static AuditMessage message(ActivityEntry entry, Mapping mapping) {
        String user = entry.actorName() == null ? "system" : entry.actorName();
        ActiveParticipant actor = new ActiveParticipant(user,
                entry.actorId() == null ? null : entry.actorId().toString(), null, true, entry.remoteAddress(),
                List.of());
        List<ParticipantObject> objects = entry.targetId() == null ? List.of() : List.of(target(entry));
        return new AuditMessage(mapping.event().code(), "E", entry.occurredAt(), mapping.outcome(),
                mapping.type() == null ? List.of() : List.of(mapping.type().code()), List.of(actor),
                new AuditSource(OwnAuditEvents.SOURCE_ID, null, List.of(APPLICATION_SERVER)), objects);
    }

    /** Type and role codes of DICOM A.5: a person as security user (1/11), a report (2/3), else a resource (2/13). */
    private static ParticipantObject target(ActivityEntry entry) {
        String id = entry.targetType() + ":" + entry.targetId();
        return switch (entry.targetType()) {
            case "user" -> new ParticipantObject(id, 1, 11, USER_IDENTIFIER, entry.action());
            case "disclosure", "inspection" -> new ParticipantObject(id, 2, 3, REPORT_NUMBER, entry.action());
            default -> new ParticipantObject(id, 2, 13, RESOURCE_URI, entry.action());
        };
    }
}
