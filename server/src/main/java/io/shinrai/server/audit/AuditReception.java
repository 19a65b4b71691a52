package io.shinrai.server.audit;

import io.shinrai.audit.AuditReading;
import io.shinrai.audit.AuditRecord;
import io.shinrai.audit.AuditSummary;
import io.shinrai.audit.DicomAuditReader;
import io.shinrai.audit.FhirAuditEventReader;
import io.shinrai.audit.MalformedSyslogException;
import io.shinrai.audit.MessageFormat;
import io.shinrai.audit.SyslogMessage;
import io.shinrai.audit.Validity;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns what a sender sent into a record to keep, whatever state it is in. The record holds the bytes exactly as
 * received (for syslog the whole message, header included) and what could be read of them.
 */
@Component
class AuditReception {

    private final DicomAuditReader dicom = new DicomAuditReader();
    private final FhirAuditEventReader fhir = new FhirAuditEventReader();
    private final Clock clock;

    AuditReception(Clock clock) {
        this.clock = clock;
    }

    AuditRecord dicom(UUID organisationId, String origin, byte[] xml) {
        return record(organisationId, origin, MessageFormat.DICOM_XML, dicom.read(xml), xml);
    }

    AuditRecord fhir(UUID organisationId, String origin, byte[] json) {
        return record(organisationId, origin, MessageFormat.FHIR_JSON, fhir.read(json), json);
    }

    AuditRecord syslog(UUID organisationId, String origin, byte[] frame) {
        SyslogMessage message;
        try {
            message = SyslogMessage.parse(frame);
        } catch (MalformedSyslogException malformed) {
            return new AuditRecord(0, clock.instant(), organisationId, origin, MessageFormat.SYSLOG_TEXT,
                    Validity.UNREADABLE, List.of("syslog: " + malformed.getMessage()), AuditSummary.NONE, frame);
        }
        if (message.carriesAuditMessage()) {
            return record(organisationId, origin, MessageFormat.DICOM_XML, dicom.read(message.content()), frame);
        }
        return new AuditRecord(0, clock.instant(), organisationId, origin, MessageFormat.SYSLOG_TEXT,
                Validity.VALID, List.of(), AuditSummary.NONE, frame);
    }

    private AuditRecord record(UUID organisationId, String origin, MessageFormat format, AuditReading reading,
                               byte[] raw) {
        return new AuditRecord(0, clock.instant(), organisationId, origin, format, reading.validity(),
                reading.problems(), reading.summary(), raw);
    }
}
