package io.shinrai.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stax.StAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads DICOM PS3.15 A.5 audit messages and checks them against {@code schemas/dicom-audit-message.xsd}.
 * The XML comes from the network, so a document with a DTD is refused outright (no entity of any kind is ever
 * expanded, internal or external) and documents are bounded in size and depth.
 */
public final class DicomAuditReader {

    public static final int MAX_BYTES = 1 << 20;
    static final int MAX_DEPTH = 16;
    private static final int MAX_PROBLEMS = 20;

    private final XMLInputFactory factory = hardenedFactory();
    private final Schema schema = loadSchema();

    public AuditReading read(byte[] xml) {
        if (xml.length > MAX_BYTES) {
            return new AuditReading.Unreadable(List.of("larger than " + MAX_BYTES + " bytes"));
        }
        AuditMessage message;
        try {
            message = extract(xml);
        } catch (XMLStreamException | RuntimeException malformed) {
            return new AuditReading.Unreadable(List.of("not readable as XML: " + firstLine(malformed.getMessage())));
        } catch (RefusedDocument refused) {
            return new AuditReading.Unreadable(List.of(refused.getMessage()));
        }
        List<String> problems = validate(xml);
        problems.addAll(codeProblems(message));
        return AuditReading.of(message, problems);
    }

    private AuditMessage extract(byte[] xml) throws XMLStreamException, RefusedDocument {
        XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
        try {
            return new Extraction().run(reader);
        } finally {
            reader.close();
        }
    }

    private List<String> validate(byte[] xml) {
        List<String> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new Collecting(problems));
            validator.validate(new StAXSource(factory.createXMLStreamReader(new ByteArrayInputStream(xml))));
        } catch (SAXException | XMLStreamException stopped) {
            if (problems.isEmpty()) {
                problems.add(firstLine(stopped.getMessage()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory does not fail", e);
        }
        return problems;
    }

    /** The schema allows any code; the standard's own code values are checked here. */
    private static List<String> codeProblems(AuditMessage message) {
        List<String> problems = new ArrayList<>();
        Code eventId = message.eventId();
        if (eventId != null && Code.DCM.equals(eventId.system()) && DicomEvent.of(eventId).isEmpty()) {
            problems.add("EventID " + eventId.code() + " is not a DICOM audit event (DCM 110100 to 110114)");
        }
        for (Code type : message.eventTypes()) {
            if (Code.DCM.equals(type.system()) && DicomEventType.of(type).isEmpty()) {
                problems.add("EventTypeCode " + type.code() + " is not a DICOM audit event type");
            }
        }
        return problems;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "malformed";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static Schema loadSchema() {
        try (InputStream xsd = DicomAuditReader.class.getResourceAsStream("/schemas/dicom-audit-message.xsd")) {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(xsd));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("the audit message schema is part of the build", e);
        }
    }

    private static final class RefusedDocument extends Exception {
        RefusedDocument(String reason) {
            super(reason);
        }
    }

    private record Collecting(List<String> problems) implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {
            // warnings do not make a message invalid
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            problems.add("line " + exception.getLineNumber() + ": " + exception.getMessage());
            if (problems.size() >= MAX_PROBLEMS) {
                throw exception;
            }
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            error(exception);
            throw exception;
        }
    }

    /** One pass over the document collecting the parts it has, wherever they are. */
    private static final class Extraction {
        private Code eventId;
        private String action;
        private Instant eventTime;
        private Outcome outcome;
        private final List<Code> eventTypes = new ArrayList<>();
        private final List<ActiveParticipant> participants = new ArrayList<>();
        private AuditSource source;
        private final List<ParticipantObject> objects = new ArrayList<>();

        private String participantId;
        private String participantAltId;
        private String participantName;
        private boolean participantRequestor;
        private String participantAccessPoint;
        private List<Code> participantRoles;
        private String sourceId;
        private String siteId;
        private List<Code> sourceTypes;
        private String objectId;
        private Integer objectType;
        private Integer objectRole;
        private Code objectIdType;
        private String objectName;

        AuditMessage run(XMLStreamReader reader) throws XMLStreamException, RefusedDocument {
            int depth = 0;
            boolean root = true;
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.DTD -> throw new RefusedDocument("a document type declaration (DTD) is not accepted");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new RefusedDocument("entity references are not accepted");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > MAX_DEPTH) {
                            throw new RefusedDocument("nested deeper than " + MAX_DEPTH + " elements");
                        }
                        if (root && !"AuditMessage".equals(reader.getLocalName())) {
                            throw new RefusedDocument("not an AuditMessage but " + reader.getLocalName());
                        }
                        root = false;
                        start(reader);
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        end(reader.getLocalName());
                    }
                    default -> {
                        // text, comments and processing instructions carry nothing we keep
                    }
                }
            }
            if (root) {
                throw new RefusedDocument("no element");
            }
            return new AuditMessage(eventId, action, eventTime, outcome, eventTypes, participants, source, objects);
        }

        private void start(XMLStreamReader reader) throws XMLStreamException {
            switch (reader.getLocalName()) {
                case "EventIdentification" -> {
                    action = attribute(reader, "EventActionCode");
                    eventTime = instant(attribute(reader, "EventDateTime"));
                    outcome = Outcome.ofIndicator(attribute(reader, "EventOutcomeIndicator"));
                }
                case "EventID" -> eventId = code(reader);
                case "EventTypeCode" -> eventTypes.add(code(reader));
                case "ActiveParticipant" -> {
                    participantId = attribute(reader, "UserID");
                    participantAltId = attribute(reader, "AlternativeUserID");
                    participantName = attribute(reader, "UserName");
                    participantRequestor = "true".equals(attribute(reader, "UserIsRequestor"))
                            || "1".equals(attribute(reader, "UserIsRequestor"));
                    participantAccessPoint = attribute(reader, "NetworkAccessPointID");
                    participantRoles = new ArrayList<>();
                }
                case "RoleIDCode" -> {
                    if (participantRoles != null) {
                        participantRoles.add(code(reader));
                    }
                }
                case "AuditSourceIdentification" -> {
                    sourceId = attribute(reader, "AuditSourceID");
                    siteId = attribute(reader, "AuditEnterpriseSiteID");
                    sourceTypes = new ArrayList<>();
                }
                case "AuditSourceTypeCode" -> {
                    if (sourceTypes != null) {
                        sourceTypes.add(code(reader));
                    }
                }
                case "ParticipantObjectIdentification" -> {
                    objectId = attribute(reader, "ParticipantObjectID");
                    objectType = number(attribute(reader, "ParticipantObjectTypeCode"));
                    objectRole = number(attribute(reader, "ParticipantObjectTypeCodeRole"));
                    objectIdType = null;
                    objectName = null;
                }
                case "ParticipantObjectIDTypeCode" -> objectIdType = code(reader);
                case "ParticipantObjectName" -> objectName = reader.getElementText();
                default -> {
                    // parts of a message that the repository does not index
                }
            }
        }

        private void end(String element) {
            switch (element) {
                case "ActiveParticipant" -> participants.add(new ActiveParticipant(participantId, participantAltId,
                        participantName, participantRequestor, participantAccessPoint, participantRoles));
                case "AuditSourceIdentification" -> source = new AuditSource(sourceId, siteId, sourceTypes);
                case "ParticipantObjectIdentification" -> objects.add(
                        new ParticipantObject(objectId, objectType, objectRole, objectIdType, objectName));
                default -> {
                    // only the parts with children are collected at their end
                }
            }
        }

        private static String attribute(XMLStreamReader reader, String name) {
            return reader.getAttributeValue(null, name);
        }

        private static Code code(XMLStreamReader reader) {
            String code = attribute(reader, "csd-code");
            return new Code(code != null ? code : attribute(reader, "code"), attribute(reader, "codeSystemName"),
                    attribute(reader, "originalText"));
        }

        private static Instant instant(String text) {
            try {
                return text == null ? null : OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException notOffsetTime) {
                return null;
            }
        }

        private static Integer number(String text) {
            try {
                return text == null ? null : Integer.valueOf(text.strip());
            } catch (NumberFormatException notNumber) {
                return null;
            }
        }
    }
}
