package io.shinrai.server.audit;

import java.nio.charset.StandardCharsets;

/** Audit messages as hospitals' systems send them, for the tests. */
final class AuditMessages {

    private AuditMessages() {
    }

    /** A DICOM PS3.15 A.5 message: the user read a patient's record from the given address. */
    static String patientRecordRead(String user, String patient, String address) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <AuditMessage>
                  <EventIdentification EventActionCode="R" EventDateTime="2026-11-20T09:15:02+09:00"
                                       EventOutcomeIndicator="0">
                    <EventID csd-code="110110" codeSystemName="DCM" originalText="Patient Record"/>
                  </EventIdentification>
                  <ActiveParticipant UserID="%s" UserName="医師 %s" UserIsRequestor="true"
                                     NetworkAccessPointID="%s" NetworkAccessPointTypeCode="2"/>
                  <AuditSourceIdentification AuditEnterpriseSiteID="Tokyo General" AuditSourceID="EHR01"/>
                  <ParticipantObjectIdentification ParticipantObjectID="%s" ParticipantObjectTypeCode="1"
                                                   ParticipantObjectTypeCodeRole="1">
                    <ParticipantObjectIDTypeCode csd-code="2" codeSystemName="RFC-3881" originalText="Patient Number"/>
                  </ParticipantObjectIdentification>
                </AuditMessage>
                """.formatted(user, user, address, patient);
    }

    static String fhirLogin(String user) {
        return """
                {"resourceType": "AuditEvent",
                 "type": {"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "110114"},
                 "subtype": [{"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "110122"}],
                 "action": "E", "recorded": "2026-11-22T08:30:00+09:00", "outcome": "0",
                 "agent": [{"who": {"identifier": {"value": "%s"}}, "requestor": true,
                            "network": {"address": "10.9.8.7", "type": "2"}}],
                 "source": {"observer": {"display": "PORTAL"}}}
                """.formatted(user);
    }

    /** The A.5 message of {@link #patientRecordRead} on one line, as logger sends it. */
    static String atnaXml(String user) {
        return patientRecordRead(user, "P-1", "10.1.2.3").replaceFirst("<\\?xml[^>]*>", "")
                .replaceAll("\\s*\n\\s*", " ").strip();
    }

    /** The message in RFC 6587 octet-counting framing: its length in bytes, a space, the message. */
    static byte[] octetCounted(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        byte[] prefix = (bytes.length + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[prefix.length + bytes.length];
        System.arraycopy(prefix, 0, frame, 0, prefix.length);
        System.arraycopy(bytes, 0, frame, prefix.length, bytes.length);
        return frame;
    }
}
