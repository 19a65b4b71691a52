package io.shinrai.disclosure.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.shinrai.catalog.Answer;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.Item;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.SharedNote;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Disclosures as JSON in the {@code shinrai-disclosure/1} format, whose JSON Schema is published at
 * {@code schemas/shinrai-disclosure-1.schema.json}. Reading checks a file against that schema and lists every
 * problem with its place; writing orders answers as the catalogue does, so that the same disclosure always gives
 * the same bytes.
 */
public final class DisclosureJson {

    public static final String FORMAT = "shinrai-disclosure/1";
    public static final String SCHEMA = "/schemas/shinrai-disclosure-1.schema.json";
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final Schema schema;

    public DisclosureJson() {
        try (InputStream in = DisclosureJson.class.getResourceAsStream(SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException("the disclosure schema is missing from the build", e);
        }
    }

    public byte[] write(Disclosure disclosure, Catalogue catalogue) {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("documentId", disclosure.documentId());
        root.putObject("catalogue").put("id", disclosure.catalogueId()).put("version", disclosure.catalogueVersion());
        ObjectNode basics = root.putObject("basics");
        BasicInformation head = disclosure.basics();
        putIfPresent(basics, "createdOn", head.createdOn() == null ? null : head.createdOn().toString());
        putIfPresent(basics, "vendor", head.vendor());
        putIfPresent(basics, "product", head.product());
        putIfPresent(basics, "productVersion", head.productVersion());
        ArrayNode options = root.putArray("optionsInUse");
        disclosure.optionsInUse().stream().sorted().forEach(options::add);
        ArrayNode answers = root.putArray("answers");
        for (String ref : inCatalogueOrder(disclosure.answers().keySet(), catalogue)) {
            ItemAnswer answer = disclosure.answers().get(ref);
            ObjectNode entry = answers.addObject().put("ref", ref);
            putIfPresent(entry, "answer", answer.answer() == null ? null : answer.answer().name());
            putIfPresent(entry, "text", answer.text());
            putIfPresent(entry, "remarks", answer.remarks());
            if (!answer.notes().isEmpty()) {
                ArrayNode notes = entry.putArray("notes");
                answer.notes().forEach(notes::add);
            }
        }
        ArrayNode notes = root.putArray("notes");
        disclosure.notes().stream().sorted(Comparator.comparingInt(SharedNote::number))
                .forEach(note -> notes.addObject().put("number", note.number()).put("text", note.text()));
        return json.writeValueAsBytes(root);
    }

    public Disclosure read(InputStream in) throws InvalidDisclosureException, IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InvalidDisclosureException(List.of("larger than " + MAX_BYTES / 1024 / 1024 + " MB"));
        }
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JacksonException e) {
            throw new InvalidDisclosureException(List.of("not readable as JSON: " + e.getOriginalMessage()));
        }
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(root)) {
            problems.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidDisclosureException(problems);
        }
        return toDisclosure(root);
    }

    /**
     * Reads what {@link #write} wrote and was kept since, without checking it against the schema again: it was
     * valid when written, and the check costs more than the reading where many stored documents are read at once.
     * Never for a file from outside.
     */
    public Disclosure readWritten(String text) throws InvalidDisclosureException {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidDisclosureException(List.of("not readable as JSON: " + e.getOriginalMessage()));
        }
        return toDisclosure(root);
    }

    private static Disclosure toDisclosure(JsonNode root) throws InvalidDisclosureException {
        List<String> problems = new ArrayList<>();
        JsonNode basics = root.get("basics");
        LocalDate createdOn = null;
        if (basics.has("createdOn")) {
            try {
                createdOn = LocalDate.parse(basics.get("createdOn").asString());
            } catch (DateTimeParseException e) {
                problems.add("/basics/createdOn: not a calendar date");
            }
        }
        Set<String> options = new LinkedHashSet<>();
        root.get("optionsInUse").forEach(option -> options.add(option.asString()));
        Map<String, ItemAnswer> answers = new HashMap<>();
        for (JsonNode entry : root.get("answers")) {
            String ref = entry.get("ref").asString();
            List<Integer> notes = new ArrayList<>();
            if (entry.has("notes")) {
                entry.get("notes").forEach(note -> notes.add(note.asInt()));
            }
            ItemAnswer answer = new ItemAnswer(
                    entry.has("answer") ? Answer.valueOf(entry.get("answer").asString()) : null,
                    textOf(entry, "text"), textOf(entry, "remarks"), notes);
            if (answers.put(ref, answer) != null) {
                problems.add("/answers: item \"" + ref + "\" is answered twice");
            }
        }
        Map<Integer, SharedNote> notes = new LinkedHashMap<>();
        for (JsonNode note : root.get("notes")) {
            int number = note.get("number").asInt();
            if (notes.put(number, new SharedNote(number, note.get("text").asString())) != null) {
                problems.add("/notes: note " + number + " is given twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDisclosureException(problems);
        }
        JsonNode catalogue = root.get("catalogue");
        return new Disclosure(root.get("documentId").asString(), catalogue.get("id").asString(),
                catalogue.get("version").asString(),
                new BasicInformation(createdOn, textOf(basics, "vendor"), textOf(basics, "product"),
                        textOf(basics, "productVersion")),
                options, answers, List.copyOf(notes.values()));
    }

    private static List<String> inCatalogueOrder(Set<String> refs, Catalogue catalogue) {
        List<String> ordered = new ArrayList<>();
        for (Item item : catalogue.allItems()) {
            if (refs.contains(item.ref())) {
                ordered.add(item.ref());
            }
        }
        refs.stream().filter(ref -> !ordered.contains(ref)).sorted().forEach(ordered::add);
        return ordered;
    }

    private static String textOf(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asString() : null;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
