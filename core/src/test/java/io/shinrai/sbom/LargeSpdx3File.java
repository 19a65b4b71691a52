package io.shinrai.sbom;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes an SPDX 3.0.1 JSON-LD file of many distinct Maven packages, each with supplier, package URL and hash, and a
 * dependency from each to the next: the same product as {@link LargeCycloneDxFile}, written the SPDX 3 way, with
 * the suppliers' organisations at the end of the graph, where a package cannot look them up as it is read.
 */
final class LargeSpdx3File {

    private static final int SUPPLIERS = 500;

    private LargeSpdx3File() {
    }

    static void write(Path file, int packages) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("@context", "https://spdx.org/rdf/3.0.1/spdx-context.jsonld");
            json.writeName("@graph");
            json.writeStartArray();
            json.writeStartObject();
            json.writeStringProperty("type", "CreationInfo");
            json.writeStringProperty("@id", "_:creation");
            json.writeStringProperty("specVersion", "3.0.1");
            json.writeStringProperty("created", "2026-04-01T00:00:00Z");
            json.writeName("createdBy");
            json.writeStartArray();
            json.writeString("urn:agent:s0");
            json.writeEndArray();
            json.writeEndObject();
            for (int i = 0; i < packages; i++) {
                String group = "jp.example.group" + (i % 977);
                String name = "component-" + i;
                String version = (i % 7) + "." + (i % 13) + "." + (i % 101);
                json.writeStartObject();
                json.writeStringProperty("type", "software_Package");
                json.writeStringProperty("spdxId", "urn:p" + i);
                json.writeStringProperty("creationInfo", "_:creation");
                json.writeStringProperty("name", name);
                json.writeStringProperty("software_packageVersion", version);
                json.writeStringProperty("suppliedBy", "urn:agent:s" + (i % SUPPLIERS));
                json.writeStringProperty("software_packageUrl", "pkg:maven/" + group + "/" + name + "@" + version);
                json.writeName("verifiedUsing");
                json.writeStartArray();
                json.writeStartObject();
                json.writeStringProperty("type", "Hash");
                json.writeStringProperty("algorithm", "sha256");
                json.writeStringProperty("hashValue", String.format("%064x", (long) i * 2654435761L));
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
            }
            for (int i = 0; i + 1 < packages; i++) {
                json.writeStartObject();
                json.writeStringProperty("type", "Relationship");
                json.writeStringProperty("spdxId", "urn:r" + i);
                json.writeStringProperty("creationInfo", "_:creation");
                json.writeStringProperty("from", "urn:p" + i);
                json.writeStringProperty("relationshipType", "dependsOn");
                json.writeName("to");
                json.writeStartArray();
                json.writeString("urn:p" + (i + 1));
                json.writeEndArray();
                json.writeEndObject();
            }
            for (int i = 0; i < SUPPLIERS; i++) {
                json.writeStartObject();
                json.writeStringProperty("type", "Organization");
                json.writeStringProperty("spdxId", "urn:agent:s" + i);
                json.writeStringProperty("creationInfo", "_:creation");
                json.writeStringProperty("name", "Supplier " + i);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
