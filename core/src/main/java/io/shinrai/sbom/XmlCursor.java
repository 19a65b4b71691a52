package io.shinrai.sbom;

import java.io.InputStream;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XML file read element by element in one namespace, with problems placed by line and column. The file comes
 * from outside, so a document type declaration is refused outright (no entity of any kind is ever expanded), the
 * nesting is capped, and only short texts are kept. Public for the other XML formats read from outside (advisories),
 * which read through {@link #open} and get every problem as an {@link InvalidSbomException}.
 */
public final class XmlCursor implements AutoCloseable {

    private static final XMLInputFactory FACTORY = hardenedFactory();
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public interface ChildHandler {
        /** Called on the start tag of a child in the document's namespace; the handler reads or skips it. */
        void child(String name) throws InvalidSbomException;
    }

    private final XMLStreamReader xml;
    private final Problems problems;
    private String namespace;
    private int depth;

    XmlCursor(InputStream in, Problems problems) throws InvalidSbomException {
        this.problems = problems;
        try {
            this.xml = FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw problems.fatal(new ProblemPlace.Line(1, 0), SbomProblem.Kind.SYNTAX, e.getMessage());
        }
    }

    /** A cursor on a file of another kind than an SBOM, with problems of its own. */
    public static XmlCursor open(InputStream in) throws InvalidSbomException {
        return new XmlCursor(in, new Problems());
    }

    Problems problems() {
        return problems;
    }

    public ProblemPlace here() {
        Location at = xml.getLocation();
        return new ProblemPlace.Line(at.getLineNumber(), Math.max(at.getColumnNumber(), 0));
    }

    /** Moves to the root element and returns its namespace, which the children read are then in. */
    public String root() throws InvalidSbomException {
        while (next() != XMLStreamConstants.START_ELEMENT) {
            // the prolog: declaration, comments, processing instructions
        }
        depth = 1;
        namespace = xml.getNamespaceURI();
        return namespace;
    }

    public String localName() {
        return xml.getLocalName();
    }

    /** An attribute of the element the cursor is on, capped like any kept text. */
    public String attribute(String name) throws InvalidSbomException {
        String value = xml.getAttributeValue(null, name);
        return value == null ? null : kept(value);
    }

    /** Reads the children of the element the cursor is on, up to its end tag; other namespaces are skipped. */
    public void children(ChildHandler handler) throws InvalidSbomException {
        int level = depth;
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT && depth < level) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (namespace.equals(xml.getNamespaceURI())) {
                    handler.child(xml.getLocalName());
                } else {
                    skip();
                }
            }
        }
    }

    /**
     * The text of the element the cursor is on, its runs of white space made one space (child elements are passed
     * over); null when it is empty or too long.
     */
    public String text() throws InvalidSbomException {
        StringBuilder text = new StringBuilder();
        int level = depth;
        boolean tooLong = false;
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT && depth < level) {
                break;
            }
            if (depth == level && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                tooLong |= text.length() + xml.getTextLength() > JsonCursor.MAX_KEPT_TEXT;
                if (!tooLong) {
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
            }
        }
        if (tooLong) {
            problems.add(here(), SbomProblem.Kind.TOO_LARGE, JsonCursor.MAX_KEPT_TEXT + " characters");
            return null;
        }
        // writers wrap long names over lines; the texts kept are names and identifiers, one line each
        String collapsed = WHITESPACE.matcher(text).replaceAll(" ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }

    /** Passes over the element the cursor is on, to its end tag. */
    public void skip() throws InvalidSbomException {
        int level = depth;
        while (next() != XMLStreamConstants.END_ELEMENT || depth >= level) {
            // everything inside is passed over
        }
    }

    private String kept(String value) throws InvalidSbomException {
        if (value.length() > JsonCursor.MAX_KEPT_TEXT) {
            problems.add(here(), SbomProblem.Kind.TOO_LARGE, JsonCursor.MAX_KEPT_TEXT + " characters");
            return null;
        }
        return value;
    }

    private int next() throws InvalidSbomException {
        int event;
        try {
            if (!xml.hasNext()) {
                throw problems.fatal(here(), SbomProblem.Kind.SYNTAX, "the document ends too early");
            }
            event = xml.next();
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw problems.fatal(at == null ? here() : new ProblemPlace.Line(at.getLineNumber(),
                    Math.max(at.getColumnNumber(), 0)), SbomProblem.Kind.SYNTAX, withoutLocation(e));
        }
        switch (event) {
            case XMLStreamConstants.DTD -> throw problems.fatal(here(), SbomProblem.Kind.DOCTYPE, "");
            case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw problems.fatal(here(), SbomProblem.Kind.SYNTAX, "entity reference &" + xml.getLocalName());
            case XMLStreamConstants.START_ELEMENT -> {
                if (++depth > JsonCursor.MAX_DEPTH) {
                    throw problems.fatal(here(), SbomProblem.Kind.TOO_LARGE, JsonCursor.MAX_DEPTH + " levels");
                }
            }
            case XMLStreamConstants.END_ELEMENT -> depth--;
            default -> {
            }
        }
        return event;
    }

    /** The JDK's parser puts the place before its message; the problem says the place in its own words. */
    private static String withoutLocation(XMLStreamException e) {
        String message = e.getMessage();
        int cut = message == null ? -1 : message.indexOf("Message: ");
        return cut < 0 ? String.valueOf(message) : message.substring(cut + "Message: ".length());
    }

    @Override
    public void close() throws InvalidSbomException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw problems.fatal(here(), SbomProblem.Kind.SYNTAX, e.getMessage());
        }
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
