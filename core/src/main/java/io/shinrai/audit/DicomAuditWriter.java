package io.shinrai.audit;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes an {@link AuditMessage} as DICOM PS3.15 A.5 XML, as Shinrai reports its own events. */
public final class DicomAuditWriter {

    private final XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();

    public byte[] write(AuditMessage message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("AuditMessage");
            xml.writeStartElement("EventIdentification");
            optional(xml, "EventActionCode", message.action());
            xml.writeAttribute("EventDateTime", DateTimeFormatter.ISO_INSTANT.format(message.eventTime()));
            xml.writeAttribute("EventOutcomeIndicator", String.valueOf(message.outcome().indicator()));
            code(xml, "EventID", message.eventId());
            for (Code type : message.eventTypes()) {
                code(xml, "EventTypeCode", type);
            }
            xml.writeEndElement();
            for (ActiveParticipant participant : message.participants()) {
                xml.writeStartElement("ActiveParticipant");
                xml.writeAttribute("UserID", participant.userId());
                optional(xml, "AlternativeUserID", participant.alternativeUserId());
                optional(xml, "UserName", participant.userName());
                xml.writeAttribute("UserIsRequestor", String.valueOf(participant.requestor()));
                if (participant.networkAccessPoint() != null) {
                    xml.writeAttribute("NetworkAccessPointID", participant.networkAccessPoint());
                    xml.writeAttribute("NetworkAccessPointTypeCode", "2");
                }
                for (Code role : participant.roles()) {
                    code(xml, "RoleIDCode", role);
                }
                xml.writeEndElement();
            }
            xml.writeStartElement("AuditSourceIdentification");
            optional(xml, "AuditEnterpriseSiteID", message.source().enterpriseSiteId());
            xml.writeAttribute("AuditSourceID", message.source().sourceId());
            for (Code type : message.source().types()) {
                code(xml, "AuditSourceTypeCode", type);
            }
            xml.writeEndElement();
            for (ParticipantObject object : message.objects()) {
                xml.writeStartElement("ParticipantObjectIdentification");
                xml.writeAttribute("ParticipantObjectID", object.id());
                if (object.typeCode() != null) {
                    xml.writeAttribute("ParticipantObjectTypeCode", object.typeCode().toString());
                }
                if (object.role() != null) {
                    xml.writeAttribute("ParticipantObjectTypeCodeRole", object.role().toString());
                }
                code(xml, "ParticipantObjectIDTypeCode", object.idType());
                if (object.name() != null) {
                    xml.writeStartElement("ParticipantObjectName");
                    xml.writeCharacters(object.name());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory does not fail", e);
        }
        return bytes.toByteArray();
    }

    private static void code(XMLStreamWriter xml, String element, Code code) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute("csd-code", code.code());
        xml.writeAttribute("codeSystemName", code.system());
        xml.writeAttribute("originalText", code.text() == null ? code.code() : code.text());
    }

    private static void optional(XMLStreamWriter xml, String attribute, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(attribute, value);
        }
    }
}
