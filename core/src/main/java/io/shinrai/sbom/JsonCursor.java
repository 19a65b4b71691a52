package io.shinrai.sbom;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * A JSON file read token by token, object by object, with every problem placed by its JSON pointer. Strings,
 * names and nesting are capped by the parser, so no value of a hostile file can grow without bound.
 */
final class JsonCursor implements AutoCloseable {

    /** Longest text kept from a file (names, versions, identifiers); longer ones are a problem. */
    static final int MAX_KEPT_TEXT = 8 * 1024;
    /** Longest string read at all: licence texts and embedded attachments are skipped but still parsed. */
    static final int MAX_STRING = 16 * 1024 * 1024;
    static final int MAX_DEPTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING)
                    .maxNameLength(MAX_KEPT_TEXT).maxNestingDepth(MAX_DEPTH).maxNumberLength(100).build())
            .build();

    interface FieldHandler {
        /** Called with the parser on the field's value, which the handler reads or {@link #skip skips}. */
        void field(String name) throws InvalidSbomException;
    }

    interface ElementHandler {
        void element() throws InvalidSbomException;
    }

    private final JsonParser parser;
    private final Problems problems;

    JsonCursor(InputStream in, Problems problems) throws InvalidSbomException, IOException {
        this.problems = problems;
        // JSON for exchange is UTF-8; the parser would otherwise guess UTF-16 or UTF-32 from zero bytes
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(4);
        byte[] head = buffered.readNBytes(4);
        buffered.reset();
        for (byte b : head) {
            if (b == 0) {
                throw problems.fatal(new ProblemPlace.Line(1, 0), SbomProblem.Kind.SYNTAX, "not JSON text in UTF-8");
            }
        }
        this.parser = FACTORY.createParser(ObjectReadContext.empty(), buffered);
    }

    Problems problems() {
        return problems;
    }

    /** Where the parser is: the value of a field, an element of a list, or an object just opened. */
    ProblemPlace here() {
        return new ProblemPlace.JsonPointer(parser.streamReadContext().pathAsPointer().toString());
    }

    /** Reads the whole file as one object; anything after it is a problem. */
    void root(FieldHandler handler) throws InvalidSbomException {
        if (next() != JsonToken.START_OBJECT) {
            throw problems.fatal(here(), SbomProblem.Kind.WRONG_TYPE, "object");
        }
        object(handler);
        if (next() != null) {
            throw problems.fatal(here(), SbomProblem.Kind.SYNTAX, "content after the end of the document");
        }
    }

    /** Reads the object the parser is on, giving each field to the handler; anything else is a problem. */
    void object(FieldHandler handler) throws InvalidSbomException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            wrongType("object");
            return;
        }
        while (next() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            next();
            handler.field(name);
        }
    }

    void array(ElementHandler handler) throws InvalidSbomException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            wrongType("list");
            return;
        }
        while (next() != JsonToken.END_ARRAY) {
            handler.element();
        }
    }

    boolean isOnArray() {
        return parser.currentToken() == JsonToken.START_ARRAY;
    }

    boolean isOnObject() {
        return parser.currentToken() == JsonToken.START_OBJECT;
    }

    /** The string the parser is on, or null (and a problem) when it is something else or too long to keep. */
    String text() throws InvalidSbomException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            wrongType("text");
            return null;
        }
        String text;
        try {
            text = parser.getString();
        } catch (JacksonException e) {
            throw unreadable(e);
        }
        if (text.length() > MAX_KEPT_TEXT) {
            problems.add(here(), SbomProblem.Kind.TOO_LARGE, MAX_KEPT_TEXT + " characters");
            return null;
        }
        return text;
    }

    void skip() throws InvalidSbomException {
        try {
            parser.skipChildren();
        } catch (JacksonException e) {
            throw unreadable(e);
        }
    }

    private void wrongType(String expected) throws InvalidSbomException {
        problems.add(here(), SbomProblem.Kind.WRONG_TYPE, expected);
        skip();
    }

    private JsonToken next() throws InvalidSbomException {
        try {
            return parser.nextToken();
        } catch (JacksonException e) {
            throw unreadable(e);
        }
    }

    private InvalidSbomException unreadable(JacksonException e) {
        if (e instanceof JacksonIOException failedInput) {
            throw new UncheckedIOException((IOException) failedInput.getCause());
        }
        TokenStreamLocation at = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
        ProblemPlace place = new ProblemPlace.Line(at.getLineNr(), at.getColumnNr());
        return e instanceof StreamConstraintsException
                ? problems.fatal(place, SbomProblem.Kind.TOO_LARGE, e.getOriginalMessage())
                : problems.fatal(place, SbomProblem.Kind.SYNTAX, e.getOriginalMessage());
    }

    @Override
    public void close() {
        parser.close();
    }
}
