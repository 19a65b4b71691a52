package io.shinrai.server.audit;

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
}
