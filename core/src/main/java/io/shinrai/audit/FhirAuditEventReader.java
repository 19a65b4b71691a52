package io.shinrai.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a FHIR R4 AuditEvent resource (as IHE Basic Audit Log Patterns and the RESTful ATNA feed send it) into
 * the same {@link AuditMessage} as a DICOM one. The elements R4 requires are checked; a resource lacking them is
 * kept as invalid.
 */
public final class FhirAuditEventReader {

    public static final int MAX_BYTES = 1 << 20;
    static final String DICOM_SYSTEM = "http://dicom.nema.org/resources/ontology/DCM";

    private final JsonMapper json = JsonMapper.builder().build();

    public AuditReading read(byte[] resource) {
        if (resource.length > MAX_BYTES) {
            return new AuditReading.Unreadable(List.of("larger than " + MAX_BYTES + " bytes"));
        }
        JsonNode root;
        try {
            root = json.readTree(resource);
        } catch (JacksonException malformed) {
            return new AuditReading.Unreadable(List.of("not readable as JSON: " + malformed.getOriginalMessage()));
        }
        if (root == null || !"AuditEvent".equals(text(root.path("resourceType")))) {
            return new AuditReading.Unreadable(List.of("not a FHIR AuditEvent resource"));
        }
        List<String> problems = new ArrayList<>();
        Code type = coding(root.path("type"));
        if (type == null) {
            problems.add("type is missing");
        }
        Instant recorded = instant(text(root.path("recorded")));
        if (recorded == null) {
            problems.add("recorded is missing or not a FHIR instant");
        }
        Outcome outcome = null;
        if (!root.path("outcome").isMissingNode()) {
            outcome = Outcome.ofIndicator(text(root.path("outcome")));
            if (outcome == null) {
                problems.add("outcome is not 0, 4, 8 or 12");
            }
        }
        List<ActiveParticipant> agents = agents(root.path("agent"), problems);
        if (agents.isEmpty()) {
            problems.add("there is no agent");
        }
        AuditSource source = source(root.path("source"));
        if (source == null) {
            problems.add("source.observer is missing");
        }
        List<Code> subtypes = new ArrayList<>();
        for (JsonNode subtype : root.path("subtype").values()) {
            Code code = coding(subtype);
            if (code != null) {
                subtypes.add(code);
            }
        }
        List<ParticipantObject> entities = new ArrayList<>();
        for (JsonNode entity : root.path("entity").values()) {
            entities.add(entity(entity));
        }
        return AuditReading.of(new AuditMessage(type, text(root.path("action")), recorded, outcome, subtypes,
                agents, source, entities), problems);
    }

    private static List<ActiveParticipant> agents(JsonNode array, List<String> problems) {
        List<ActiveParticipant> agents = new ArrayList<>();
        for (JsonNode agent : array.values()) {
            if (!agent.path("requestor").isBoolean()) {
                problems.add("agent " + (agents.size() + 1) + " does not say whether it is the requestor");
            }
            List<Code> roles = new ArrayList<>();
            Code type = codeableConcept(agent.path("type"));
            if (type != null) {
                roles.add(type);
            }
            for (JsonNode role : agent.path("role").values()) {
                Code code = codeableConcept(role);
                if (code != null) {
                    roles.add(code);
                }
            }
            agents.add(new ActiveParticipant(reference(agent.path("who")), text(agent.path("altId")),
                    text(agent.path("name")), agent.path("requestor").asBoolean(false),
                    text(agent.path("network").path("address")), roles));
        }
        return agents;
    }

    private static AuditSource source(JsonNode source) {
        String observer = reference(source.path("observer"));
        if (observer == null) {
            return null;
        }
        List<Code> types = new ArrayList<>();
        for (JsonNode type : source.path("type").values()) {
            Code code = coding(type);
            if (code != null) {
                types.add(code);
            }
        }
        return new AuditSource(observer, text(source.path("site")), types);
    }

    private static ParticipantObject entity(JsonNode entity) {
        JsonNode what = entity.path("what");
        return new ParticipantObject(reference(what), number(text(entity.path("type").path("code"))),
                number(text(entity.path("role").path("code"))),
                codeableConcept(what.path("identifier").path("type")), text(entity.path("name")));
    }

    /** A Reference names its target by identifier, by a literal reference such as "Patient/123", or by text. */
    private static String reference(JsonNode reference) {
        String identifier = text(reference.path("identifier").path("value"));
        if (identifier != null) {
            return identifier;
        }
        String literal = text(reference.path("reference"));
        if (literal != null) {
            return literal;
        }
        return text(reference.path("display"));
    }

    private static Code codeableConcept(JsonNode concept) {
        return coding(concept.path("coding").path(0));
    }

    private static Code coding(JsonNode coding) {
        String code = text(coding.path("code"));
        if (code == null) {
            return null;
        }
        String system = text(coding.path("system"));
        return new Code(code, DICOM_SYSTEM.equals(system) ? Code.DCM : system, text(coding.path("display")));
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : null;
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException notNumber) {
            return null;
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notInstant) {
            return null;
        }
    }
}
