package io.shinrai.vuln;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON as advisory sources write it, parsed within limits: advisories nest a handful of levels, so anything deeper
 * than {@link #MAX_DEPTH} is refused before it costs stack or memory.
 */
final class AdvisoryJson {

    static final int MAX_DEPTH = 64;
    private static final int MAX_STRING = 1 << 20;

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING).maxNameLength(4096).maxNumberLength(64).build())
            .build()).build();

    private AdvisoryJson() {
    }

    /**
     * A parser over a stream of JSON, for feeds too large to hold as a tree. JSON exchanged between systems is UTF-8
     * (RFC 8259): it is read as such, no other encoding is guessed from the first bytes, and bytes that are not
     * UTF-8 become replacement characters.
     */
    static JsonParser streaming(InputStream content) {
        return MAPPER.createParser(new InputStreamReader(content, StandardCharsets.UTF_8));
    }

    static JsonNode tree(byte[] json, String where) throws UnreadableAdvisoryException {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !root.isObject()) {
                throw new UnreadableAdvisoryException(AdvisoryRefusal.NOT_AN_ADVISORY, where, null);
            }
            return root;
        } catch (StreamConstraintsException deep) {
            throw new UnreadableAdvisoryException(AdvisoryRefusal.TOO_DEEP, where, deep);
        } catch (JacksonException malformed) {
            throw new UnreadableAdvisoryException(AdvisoryRefusal.NOT_JSON, where, malformed);
        }
    }

    static String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        for (JsonNode element : array.values()) {
            if (element.isString()) {
                texts.add(element.asString());
            }
        }
        return texts;
    }

    /** An RFC 3339 date-time, or one without offset in UTC as NVD writes them; empty when absent. */
    static Optional<Instant> instant(JsonNode node, String where) throws UnreadableAdvisoryException {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        String text = node.asString("");
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException malformed) {
                throw new UnreadableAdvisoryException(AdvisoryRefusal.NOT_AN_ADVISORY, where, malformed);
            }
        }
    }
}
