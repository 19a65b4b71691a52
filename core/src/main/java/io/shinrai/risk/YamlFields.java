package io.shinrai.risk;

import io.shinrai.catalog.LocalizedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the fields of a YAML tree for the risk formats, collecting every problem, in Japanese and English with the
 * path of its field, instead of stopping at the first, so one round of corrections is enough.
 */
final class YamlFields {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    final List<LocalizedText> problems = new ArrayList<>();

    /**
     * The tree of a file of at most {@code maxBytes}; null, with the reason among the problems, when there is none.
     */
    JsonNode parse(byte[] yaml, int maxBytes, String format) {
        if (yaml.length > maxBytes) {
            problem("", "ファイルが " + maxBytes / 1024 + " KB を超えています。", "larger than " + maxBytes / 1024 + " KB");
            return null;
        }
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            problem("", "YAML として読めません: " + e.getOriginalMessage() + where,
                    "not readable as YAML: " + e.getOriginalMessage() + where);
            return null;
        }
        if (root == null || !root.isObject()) {
            problem("", "format: " + format + " で始まる YAML のマッピングにしてください。",
                    "the file must be a YAML mapping starting with 'format: " + format + "'");
            return null;
        }
        String found = text(root, "format", "");
        if (found != null && !found.equals(format)) {
            problem("format", "「" + format + "」のはずが「" + found + "」です。",
                    "expected '" + format + "' but found '" + found + "'");
            return null;
        }
        return root;
    }

    void problem(String path, String ja, String en) {
        problems.add(path.isEmpty() ? new LocalizedText(ja, en) : new LocalizedText(path + ": " + ja, path + ": " + en));
    }

    /**
     * A document written inside this file, such as an assessment's frozen method or catalogue, read by the reader of
     * its own kind; its problems go under {@code path}.
     */
    <T> T nested(JsonNode node, String path, BiFunction<JsonNode, YamlFields, T> reader) {
        YamlFields inner = new YamlFields();
        T read = reader.apply(node, inner);
        inner.problems.forEach(problem -> problem(path, problem.ja(), problem.en()));
        return read;
    }

    /** Runs a record's own checks, turning a refusal into problems at {@code path}; null when refused. */
    <T> T build(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidRiskDataException refused) {
            refused.problems().forEach(problem -> problem(path, problem.ja(), problem.en()));
            return null;
        }
    }

    String text(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull() || value.asString().isBlank()) {
            problem(at(path, field), "必要です。", "required");
            return null;
        }
        return value.asString().strip();
    }

    String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull() || value.asString().isBlank() ? null
                : value.asString().strip();
    }

    Integer integer(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(at(path, field), "整数が必要です。", "required, as a whole number");
            return null;
        }
        return value.intValue();
    }

    LocalizedText localized(JsonNode node, String field, String path) {
        return localized(node.get(field), at(path, field));
    }

    LocalizedText localized(JsonNode text, String where) {
        if (text == null || !text.isObject()) {
            problem(where, "日本語（ja）と英語（en）の文が必要です。", "required, with a Japanese (ja) and an English (en) text");
            return null;
        }
        allowOnly(text, where, "ja", "en");
        String ja = text(text, "ja", where);
        String en = text(text, "en", where);
        return ja == null || en == null ? null : new LocalizedText(ja, en);
    }

    /** The entries of a list, each with its path; an empty list when the field is missing and not required. */
    List<Entry> list(JsonNode node, String field, String path, boolean required) {
        JsonNode list = node.get(field);
        String where = at(path, field);
        if (list == null && !required) {
            return List.of();
        }
        if (list == null || !list.isArray() || (required && list.isEmpty())) {
            problem(where, "一つ以上の要素のリストが必要です。", "required, as a list with at least one entry");
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            entries.add(new Entry(list.get(i), where + "[" + i + "]"));
        }
        return entries;
    }

    JsonNode mapping(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            problem(at(path, field), "マッピングが必要です。", "required, as a mapping");
            return null;
        }
        return value;
    }

    void allowOnly(JsonNode node, String path, String... fields) {
        Set<String> allowed = Set.of(fields);
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                problem(at(path, name), "この項目は使えません（使える項目: " + String.join(", ", fields) + "）。",
                        "unknown field (allowed here: " + String.join(", ", fields) + ")");
            }
        }
    }

    /** A list of {@code {id, ja, en}} entries whose ids are unique. */
    List<RiskTerm> terms(JsonNode node, String field, String path) {
        List<RiskTerm> terms = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Entry entry : list(node, field, path, true)) {
            if (!entry.node().isObject()) {
                problem(entry.path(), "{id: ..., ja: ..., en: ...} の形にしてください。", "must be {id: ..., ja: ..., en: ...}");
                continue;
            }
            allowOnly(entry.node(), entry.path(), "id", "ja", "en");
            String id = text(entry.node(), "id", entry.path());
            String ja = text(entry.node(), "ja", entry.path());
            String en = text(entry.node(), "en", entry.path());
            if (id != null && !ids.add(id)) {
                problem(entry.path() + ".id", "「" + id + "」が二度あります。", "\"" + id + "\" is given twice");
            } else if (id != null && ja != null && en != null) {
                terms.add(new RiskTerm(id, new LocalizedText(ja, en)));
            }
        }
        return List.copyOf(terms);
    }

    static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    record Entry(JsonNode node, String path) {
    }
}
