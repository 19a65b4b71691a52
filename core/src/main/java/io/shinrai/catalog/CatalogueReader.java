package io.shinrai.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a catalogue in the {@code shinrai-catalogue/1} YAML format (docs/catalogue-format.md) and checks it. A file
 * with any problem is refused whole, with every problem and its place listed.
 */
public final class CatalogueReader {

    public static final String FORMAT = "shinrai-catalogue/1";
    /** Far above any real checklist; keeps a hostile file from taking the memory. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    private final YAMLMapper yaml = YAMLMapper.builder().build();

    public Catalogue read(InputStream in, String source) throws InvalidCatalogueException, IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InvalidCatalogueException(source, List.of("larger than " + MAX_BYTES / 1024 / 1024 + " MB"));
        }
        JsonNode root;
        try {
            root = yaml.readTree(bytes);
        } catch (JacksonException e) {
            throw new InvalidCatalogueException(source, List.of("not readable as YAML: " + e.getOriginalMessage()
                    + location(e)));
        }
        Walk walk = new Walk();
        Catalogue catalogue = walk.catalogue(root);
        if (!walk.problems.isEmpty()) {
            throw new InvalidCatalogueException(source, walk.problems);
        }
        return catalogue;
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** One pass over the tree: builds the catalogue and collects every problem on the way. */
    private static final class Walk {

        private final List<String> problems = new ArrayList<>();
        private final Map<String, String> refs = new HashMap<>();
        private final Set<String> sectionIds = new HashSet<>();
        private final Set<String> guidelineIds = new HashSet<>();
        private final Set<String> optionIds = new HashSet<>();

        Catalogue catalogue(JsonNode root) {
            if (root == null || !root.isObject()) {
                problems.add("the file must be a YAML mapping starting with 'format: " + FORMAT + "'");
                return null;
            }
            allowOnly(root, "", "format", "id", "version", "title", "purpose", "answers", "guidelines", "options",
                    "sections");
            String format = text(root, "format", "");
            if (format != null && !format.equals(FORMAT)) {
                problems.add("format: expected '" + FORMAT + "' but found '" + format + "'");
            }
            String id = id(root, "id", "");
            String version = text(root, "version", "");
            LocalizedText title = localized(root, "title", "");
            CataloguePurpose purpose = purpose(root);
            AnswerScheme answers = scheme(root, "");
            List<Guideline> guidelines = list(root, "guidelines", "", false).stream()
                    .map(entry -> guideline(entry.node(), entry.path())).toList();
            List<CatalogueOption> options = list(root, "options", "", false).stream()
                    .map(entry -> option(entry.node(), entry.path())).toList();
            List<Section> sections = list(root, "sections", "", true).stream()
                    .map(entry -> section(entry.node(), entry.path(), answers)).toList();
            return new Catalogue(id, version, title, purpose, answers, guidelines, options, sections);
        }

        private Guideline guideline(JsonNode node, String path) {
            allowOnly(node, path, "id", "title");
            String id = unique(id(node, "id", path), guidelineIds, path + ".id", "guideline");
            return new Guideline(id, localized(node, "title", path));
        }

        private CatalogueOption option(JsonNode node, String path) {
            allowOnly(node, path, "id", "label");
            String id = unique(id(node, "id", path), optionIds, path + ".id", "option");
            return new CatalogueOption(id, localized(node, "label", path));
        }

        private Section section(JsonNode node, String path, AnswerScheme inherited) {
            allowOnly(node, path, "id", "title", "references", "items");
            String id = unique(id(node, "id", path), sectionIds, path + ".id", "section id");
            LocalizedText title = localized(node, "title", path);
            List<Reference> references = references(node, path);
            List<Item> items = list(node, "items", path, true).stream()
                    .map(entry -> item(entry.node(), entry.path(), inherited)).toList();
            return new Section(id, title, references, items);
        }

        private Item item(JsonNode node, String path, AnswerScheme inherited) {
            allowOnly(node, path, "ref", "text", "answers", "references", "when", "remarksRequiredWhen", "children");
            String ref = text(node, "ref", path);
            if (ref != null) {
                String first = refs.putIfAbsent(ref, path);
                if (first != null) {
                    problems.add(path + ".ref: \"" + ref + "\" is used twice (first at " + first + ")");
                }
            }
            AnswerScheme answers = node.has("answers") ? scheme(node, path) : inherited;
            String when = condition(node, path);
            Set<Answer> remarksRequiredWhen = remarksRequiredWhen(node, path, answers);
            List<Item> children = list(node, "children", path, false).stream()
                    .map(entry -> item(entry.node(), entry.path(), answers)).toList();
            return new Item(ref, localized(node, "text", path), answers, references(node, path), when,
                    remarksRequiredWhen, children);
        }

        private String condition(JsonNode node, String path) {
            if (!node.has("when")) {
                return null;
            }
            JsonNode when = node.get("when");
            String wherePath = path + ".when";
            if (!when.isObject()) {
                problems.add(wherePath + ": must be a mapping such as {option: wireless-lan}");
                return null;
            }
            allowOnly(when, wherePath, "option");
            String option = text(when, "option", wherePath);
            if (option != null && !optionIds.contains(option)) {
                problems.add(wherePath + ".option: \"" + option + "\" is not one of the catalogue's options");
            }
            return option;
        }

        private Set<Answer> remarksRequiredWhen(JsonNode node, String path, AnswerScheme scheme) {
            Set<Answer> answers = EnumSet.noneOf(Answer.class);
            for (Entry entry : entries(node, "remarksRequiredWhen", path, false, false)) {
                String name = entry.node().isString() ? entry.node().asString() : null;
                Answer answer = name == null ? null : answerNamed(name);
                if (answer == null || !scheme.accepts(answer)) {
                    problems.add(entry.path() + ": \"" + entry.node() + "\" is not an answer of the scheme "
                            + scheme.id() + " " + scheme.answers());
                } else {
                    answers.add(answer);
                }
            }
            return answers;
        }

        private List<Reference> references(JsonNode node, String path) {
            List<Reference> references = new ArrayList<>();
            for (Entry entry : list(node, "references", path, false)) {
                allowOnly(entry.node(), entry.path(), "guideline", "clause");
                String guideline = text(entry.node(), "guideline", entry.path());
                if (guideline != null && !guidelineIds.contains(guideline)) {
                    problems.add(entry.path() + ".guideline: \"" + guideline
                            + "\" is not declared under guidelines");
                }
                references.add(new Reference(guideline, text(entry.node(), "clause", entry.path())));
            }
            return references;
        }

        private CataloguePurpose purpose(JsonNode root) {
            if (!root.has("purpose")) {
                return CataloguePurpose.DISCLOSURE;
            }
            String id = text(root, "purpose", "");
            return id == null ? CataloguePurpose.DISCLOSURE : CataloguePurpose.byId(id).orElseGet(() -> {
                problems.add("purpose: unknown purpose \"" + id + "\" (known: disclosure, lifecycle-evidence, "
                        + "controls)");
                return CataloguePurpose.DISCLOSURE;
            });
        }

        private AnswerScheme scheme(JsonNode node, String path) {
            String id = text(node, "answers", path);
            if (id == null) {
                return AnswerScheme.YES_NO_NA;
            }
            return AnswerScheme.byId(id).orElseGet(() -> {
                problems.add(at(path, "answers") + ": unknown answer scheme \"" + id + "\" (known: yes-no-na, "
                        + "yes-no, mds2, text)");
                return AnswerScheme.YES_NO_NA;
            });
        }

        private LocalizedText localized(JsonNode node, String field, String path) {
            JsonNode text = node.get(field);
            String where = at(path, field);
            if (text == null || !text.isObject()) {
                problems.add(where + ": required, with a Japanese (ja) and an English (en) text");
                return new LocalizedText("", "");
            }
            allowOnly(text, where, "ja", "en");
            String ja = text(text, "ja", where);
            String en = text(text, "en", where);
            return new LocalizedText(ja == null ? "" : ja, en == null ? "" : en);
        }

        private String id(JsonNode node, String field, String path) {
            String id = text(node, field, path);
            if (id != null && !ID.matcher(id).matches()) {
                problems.add(at(path, field) + ": \"" + id
                        + "\" must be lower-case letters, digits, '.' and '-' (at most 64)");
            }
            return id;
        }

        private String unique(String id, Set<String> seen, String path, String what) {
            if (id != null && !seen.add(id)) {
                problems.add(path + ": " + what + " \"" + id + "\" is declared twice");
            }
            return id;
        }

        /** A required scalar; numbers are accepted and read as text, since refs such as 13.1 look like numbers. */
        private String text(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull() || !value.isValueNode() || value.asString().isBlank()) {
                problems.add(at(path, field) + ": required");
                return null;
            }
            return value.asString().strip();
        }

        /** A list of mappings. */
        private List<Entry> list(JsonNode node, String field, String path, boolean required) {
            return entries(node, field, path, required, true);
        }

        private List<Entry> entries(JsonNode node, String field, String path, boolean required, boolean mappings) {
            JsonNode list = node.get(field);
            String where = at(path, field);
            if (list == null) {
                if (required) {
                    problems.add(where + ": required, and must not be empty");
                }
                return List.of();
            }
            if (!list.isArray() || (required && list.isEmpty())) {
                problems.add(where + ": must be a list" + (required ? " with at least one entry" : ""));
                return List.of();
            }
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode entry = list.get(i);
                String entryPath = where + "[" + i + "]";
                if (mappings && !entry.isObject()) {
                    problems.add(entryPath + ": must be a mapping");
                    continue;
                }
                entries.add(new Entry(entry, entryPath));
            }
            return entries;
        }

        private void allowOnly(JsonNode node, String path, String... fields) {
            Set<String> allowed = Set.of(fields);
            for (String name : node.propertyNames()) {
                if (!allowed.contains(name)) {
                    problems.add(at(path, name) + ": unknown field (allowed here: " + String.join(", ", fields) + ")");
                }
            }
        }

        private static Answer answerNamed(String name) {
            for (Answer answer : Answer.values()) {
                if (answer.name().equals(name)) {
                    return answer;
                }
            }
            return null;
        }

        private static String at(String path, String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        private record Entry(JsonNode node, String path) {
        }
    }
}
