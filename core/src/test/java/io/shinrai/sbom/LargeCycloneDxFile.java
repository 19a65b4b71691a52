package io.shinrai.sbom;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a CycloneDX 1.6 JSON file of many distinct Maven components, each with supplier, purl, hash and licence,
 * and a dependency from each to the next, as a build of a large product would.
 */
final class LargeCycloneDxFile {

    private LargeCycloneDxFile() {
    }

    static void write(Path file, int components) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("bomFormat", "CycloneDX");
            json.writeStringProperty("specVersion", "1.6");
            json.writeStringProperty("serialNumber", "urn:uuid:9b1c7e5e-5a51-4c4e-8f0e-3a3c1f0b2d61");
            json.writeName("metadata");
            json.writeStartObject();
            json.writeStringProperty("timestamp", "2026-04-01T00:00:00Z");
            json.writeEndObject();
            json.writeName("components");
            json.writeStartArray();
            for (int i = 0; i < components; i++) {
                String group = "jp.example.group" + (i % 977);
                String name = "component-" + i;
                String version = (i % 7) + "." + (i % 13) + "." + (i % 101);
                json.writeStartObject();
                json.writeStringProperty("bom-ref", "c" + i);
                json.writeStringProperty("type", "library");
                json.writeName("supplier");
                json.writeStartObject();
                json.writeStringProperty("name", "Supplier " + (i % 500));
                json.writeEndObject();
                json.writeStringProperty("group", group);
                json.writeStringProperty("name", name);
                json.writeStringProperty("version", version);
                json.writeStringProperty("purl", "pkg:maven/" + group + "/" + name + "@" + version);
                json.writeName("hashes");
                json.writeStartArray();
                json.writeStartObject();
                json.writeStringProperty("alg", "SHA-256");
                json.writeStringProperty("content", String.format("%064x", (long) i * 2654435761L));
                json.writeEndObject();
                json.writeEndArray();
                json.writeName("licenses");
                json.writeStartArray();
                json.writeStartObject();
                json.writeName("license");
                json.writeStartObject();
                json.writeStringProperty("id", "Apache-2.0");
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeName("dependencies");
            json.writeStartArray();
            for (int i = 0; i + 1 < components; i++) {
                json.writeStartObject();
                json.writeStringProperty("ref", "c" + i);
                json.writeName("dependsOn");
                json.writeStartArray();
                json.writeString("c" + (i + 1));
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
