package io.shinrai.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The same CycloneDX 1.6 SBOM as JSON and as XML, written as it is made: distinct Maven libraries, each with
 * supplier, purl, SHA-256 and licence, each depending on the next, as the build of a large product gives them.
 */
final class LargeSbom {

    private static final String NAMESPACE = "http://cyclonedx.org/schema/bom/1.6";

    private final int components;

    LargeSbom(int components) {
        this.components = components;
    }

    private record Library(String ref, String supplier, String group, String name, String version, String purl,
            String sha256) {

        static Library number(int i) {
            String group = "jp.example.group" + (i % 977);
            String name = "component-" + i;
            String version = (i % 7) + "." + (i % 13) + "." + (i % 101);
            return new Library("c" + i, "Supplier " + (i % 500), group, name, version,
                    "pkg:maven/" + group + "/" + name + "@" + version, String.format("%064x", i * 2654435761L));
        }
    }

    void writeJson(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("bomFormat", "CycloneDX");
            json.writeStringProperty("specVersion", "1.6");
            json.writeName("metadata");
            json.writeStartObject();
            json.writeStringProperty("timestamp", "2026-04-01T00:00:00Z");
            json.writeEndObject();
            json.writeArrayPropertyStart("components");
            for (int i = 0; i < components; i++) {
                Library library = Library.number(i);
                json.writeStartObject();
                json.writeStringProperty("type", "library");
                json.writeStringProperty("bom-ref", library.ref());
                json.writeObjectPropertyStart("supplier");
                json.writeStringProperty("name", library.supplier());
                json.writeEndObject();
                json.writeStringProperty("group", library.group());
                json.writeStringProperty("name", library.name());
                json.writeStringProperty("version", library.version());
                json.writeArrayPropertyStart("hashes");
                json.writeStartObject();
                json.writeStringProperty("alg", "SHA-256");
                json.writeStringProperty("content", library.sha256());
                json.writeEndObject();
                json.writeEndArray();
                json.writeArrayPropertyStart("licenses");
                json.writeStartObject();
                json.writeObjectPropertyStart("license");
                json.writeStringProperty("id", "Apache-2.0");
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndArray();
                json.writeStringProperty("purl", library.purl());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("dependencies");
            for (int i = 0; i < components; i++) {
                json.writeStartObject();
                json.writeStringProperty("ref", "c" + i);
                json.writeArrayPropertyStart("dependsOn");
                if (i + 1 < components) {
                    json.writeString("c" + (i + 1));
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    void writeXml(Path file) throws IOException, XMLStreamException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "bom");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "1");
            xml.writeStartElement(NAMESPACE, "metadata");
            element(xml, "timestamp", "2026-04-01T00:00:00Z");
            xml.writeEndElement();
            xml.writeStartElement(NAMESPACE, "components");
            for (int i = 0; i < components; i++) {
                Library library = Library.number(i);
                xml.writeStartElement(NAMESPACE, "component");
                xml.writeAttribute("type", "library");
                xml.writeAttribute("bom-ref", library.ref());
                xml.writeStartElement(NAMESPACE, "supplier");
                element(xml, "name", library.supplier());
                xml.writeEndElement();
                element(xml, "group", library.group());
                element(xml, "name", library.name());
                element(xml, "version", library.version());
                xml.writeStartElement(NAMESPACE, "hashes");
                xml.writeStartElement(NAMESPACE, "hash");
                xml.writeAttribute("alg", "SHA-256");
                xml.writeCharacters(library.sha256());
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeStartElement(NAMESPACE, "licenses");
                xml.writeStartElement(NAMESPACE, "license");
                element(xml, "id", "Apache-2.0");
                xml.writeEndElement();
                xml.writeEndElement();
                element(xml, "purl", library.purl());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeStartElement(NAMESPACE, "dependencies");
            for (int i = 0; i < components; i++) {
                xml.writeStartElement(NAMESPACE, "dependency");
                xml.writeAttribute("ref", "c" + i);
                if (i + 1 < components) {
                    xml.writeEmptyElement(NAMESPACE, "dependency");
                    xml.writeAttribute("ref", "c" + (i + 1));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
