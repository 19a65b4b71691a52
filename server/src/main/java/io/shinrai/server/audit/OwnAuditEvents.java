package io.shinrai.server.audit;

import io.shinrai.audit.ActiveParticipant;
import io.shinrai.audit.AuditMessage;
import io.shinrai.audit.AuditSource;
import io.shinrai.audit.Code;
import io.shinrai.audit.DicomEvent;
import io.shinrai.audit.DicomEventType;
import io.shinrai.audit.Outcome;
import io.shinrai.audit.ParticipantObject;
import io.shinrai.server.security.ShinraiPrincipal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Shinrai's own audit events, written as DICOM A.5 messages into the same chain as everyone else's, so that the
 * use of the audit trail is itself on the trail.
 */
@Component
public class OwnAuditEvents {

    static final String SOURCE_ID = "Shinrai";
    private static final Code APPLICATION_SERVER = new Code("4", Code.DCM, "Application Server");
    private static final Code URI = new Code("12", "RFC-3881", "URI");

    private final OwnAuditTrail trail;
    private final Clock clock;

    OwnAuditEvents(OwnAuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    /** DCM 110101 Audit Log Used: someone read the organisation's trail at the given address. */
    void auditLogUsed(UUID organisationId, ShinraiPrincipal who, String address, String uri) {
        record(organisationId, DicomEvent.AUDIT_LOG_USED, who, address, uri);
    }

    /** DCM 110106 Export: someone took the organisation's trail away as a file. */
    void exported(UUID organisationId, ShinraiPrincipal who, String address, String uri) {
        record(organisationId, DicomEvent.EXPORT, who, address, uri);
    }

    /**
     * A Security Alert (DCM 110113) of type Remote Service Operation Started (DCM 110139) or Stopped (DCM 110140):
     * a vendor's engineer began or ended a connection to a hospital's system through the maintenance relay.
     *
     * @param source where the engineer connected from
     * @param target the system reached, as a tcp:// URI
     * @param failed whether the operation ended by a cut (window end, stop, broken socket) rather than by closing
     */
    public void remoteServiceOperation(UUID hospitalId, boolean started, UUID engineerId, String engineerName,
                                       String source, String target, String systemName, boolean failed) {
        AuditMessage message = new AuditMessage(DicomEvent.SECURITY_ALERT.code(), "E", clock.instant(),
                failed ? Outcome.MINOR_FAILURE : Outcome.SUCCESS,
                List.of((started ? DicomEventType.REMOTE_SERVICE_OPERATION_STARTED
                        : DicomEventType.REMOTE_SERVICE_OPERATION_STOPPED).code()),
                List.of(new ActiveParticipant(engineerId.toString(), null, engineerName, true, source, List.of())),
                new AuditSource(SOURCE_ID, null, List.of(APPLICATION_SERVER)),
                // type 2 system object, role 4 resource: the hospital's system that was maintained
                List.of(new ParticipantObject(target, 2, 4, URI, systemName)));
        trail.record(hospitalId, message);
    }

    private void record(UUID organisationId, DicomEvent event, ShinraiPrincipal who, String address, String uri) {
        AuditMessage message = new AuditMessage(event.code(), "R", clock.instant(), Outcome.SUCCESS, List.of(),
                List.of(new ActiveParticipant(who.actingUserId().toString(), null, who.displayName(), true, address,
                        List.of())),
                new AuditSource(SOURCE_ID, null, List.of(APPLICATION_SERVER)),
                // type 2 system object, role 13 security resource: the audit trail itself
                List.of(new ParticipantObject(uri, 2, 13, URI, null)));
        trail.record(organisationId, message);
    }
}
