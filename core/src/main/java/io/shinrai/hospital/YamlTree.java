package io.shinrai.hospital;

import io.shinrai.catalog.LocalizedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML document as mappings, lists and plain values that remember their line, so that a problem can name the line
 * a person has to look at. Jackson's own tree forgets where its nodes came from.
 */
final class YamlTree {

    /** A node and the line it starts on; a mapping's value starts on the line of its key. */
    sealed interface Node permits Scalar, Mapping, Sequence {
        int line();
    }

    /** A plain value as written, so that {@code 1.10} stays "1.10"; null text for an empty value. */
    record Scalar(String text, int line) implements Node {
    }

    record Mapping(Map<String, Node> fields, int line) implements Node {

        Node get(String field) {
            return fields.get(field);
        }
    }

    record Sequence(List<Node> items, int line) implements Node {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private YamlTree() {
    }

    /**
     * Reads the first document, adding to {@code problems} what the tree cannot hold: aliases, which this format has
     * no use for and which would otherwise stand for their anchor's name, and keys given twice.
     *
     * @return the root, or null for an empty document
     * @throws JacksonException when the text is not YAML
     */
    static Node parse(byte[] yaml, List<LocalizedText> problems) {
        try (JsonParser parser = YAML.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            return first == null ? null : node(parser, first, line(parser), problems);
        }
    }

    private static Node node(JsonParser parser, JsonToken token, int line, List<LocalizedText> problems) {
        if (((YAMLParser) parser).isCurrentAlias()) {
            problems.add(new LocalizedText(line + "行目: YAML の別名（*）は使えません。値をそのまま書いてください。",
                    "line " + line + ": YAML aliases (*) are not supported; write the value itself"));
            return new Scalar(null, line);
        }
        if (token == JsonToken.START_OBJECT) {
            return mapping(parser, line, problems);
        }
        if (token == JsonToken.START_ARRAY) {
            return sequence(parser, line, problems);
        }
        boolean plain = token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL
                && token != JsonToken.VALUE_EMBEDDED_OBJECT;
        return new Scalar(plain ? parser.getString() : null, line);
    }

    private static Mapping mapping(JsonParser parser, int line, List<LocalizedText> problems) {
        Map<String, Node> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            int keyLine = line(parser);
            Node value = node(parser, parser.nextToken(), keyLine, problems);
            if (fields.putIfAbsent(name, value) != null) {
                problems.add(new LocalizedText(keyLine + "行目 " + name + ": 同じ項目が二度書かれています。",
                        "line " + keyLine + ", " + name + ": given twice in the same mapping"));
            }
        }
        return new Mapping(Collections.unmodifiableMap(fields), line);
    }

    private static Sequence sequence(JsonParser parser, int line, List<LocalizedText> problems) {
        List<Node> items = new ArrayList<>();
        JsonToken token = parser.nextToken();
        while (token != null && token != JsonToken.END_ARRAY) {
            items.add(node(parser, token, line(parser), problems));
            token = parser.nextToken();
        }
        return new Sequence(List.copyOf(items), line);
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
