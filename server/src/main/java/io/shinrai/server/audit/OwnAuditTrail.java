package io.shinrai.server.audit;

import io.shinrai.audit.AuditMessage;
import io.shinrai.audit.DicomAuditWriter;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Where Shinrai's own audit messages go: into its chain, and on to an external audit repository when one is set. */
@Component
class OwnAuditTrail {

    private final DicomAuditWriter writer = new DicomAuditWriter();
    private final AuditReception reception;
    private final AuditTrail trail;
    private final AuditForwarder forwarder;

    OwnAuditTrail(AuditReception reception, AuditTrail trail, AuditForwarder forwarder) {
        this.reception = reception;
        this.trail = trail;
        this.forwarder = forwarder;
    }

    void record(UUID organisationId, AuditMessage message) {
        byte[] xml = writer.write(message);
        trail.append(reception.dicom(organisationId, "shinrai", xml));
        forwarder.forward(xml);
    }
}
