package io.shinrai.sbom;

import java.io.IOException;
import java.io.InputStream;

/**
 * SPDX 2.2 and 2.3 JSON, read as a stream: each package is a component, given to the visitor as soon as its
 * object closes; files and snippets are passed over. Checks the fields the specification requires of the document
 * and its packages, the checksum algorithms and the creators' form.
 */
public final class SpdxJsonReader implements SbomReader {

    @Override
    public SbomDocument read(InputStream in, SbomVisitor visitor) throws InvalidSbomException, IOException {
        Problems problems = new Problems();
        DocumentDraft document = new DocumentDraft(SbomFormat.SPDX_JSON);
        try (JsonCursor json = new JsonCursor(in, problems)) {
            ProblemPlace top = json.here();
            String[] id = new String[1];
            boolean[] created = {false};
            json.root(field -> {
                switch (field) {
                    case "spdxVersion" -> {
                        document.specVersion = json.text();
                        if (document.specVersion != null && !Spdx.SPEC_VERSIONS.contains(document.specVersion)) {
                            throw problems.fatal(json.here(), SbomProblem.Kind.UNSUPPORTED_VERSION,
                                    document.specVersion);
                        }
                    }
                    case "SPDXID" -> id[0] = json.text();
                    case "name" -> document.name = json.text();
                    case "documentNamespace" -> document.serialNumber = json.text();
                    case "creationInfo" -> {
                        created[0] = true;
                        creationInfo(json, document);
                    }
                    case "documentDescribes" -> json.array(() -> document.describes(json.text(), json.here(),
                            problems));
                    case "packages" -> json.array(() -> {
                        Component component = pkg(json);
                        if (component != null) {
                            Spdx.delivered(component, document, visitor);
                        }
                    });
                    case "relationships" -> json.array(() -> relationship(json, document, visitor));
                    default -> json.skip();
                }
            });
            if (document.specVersion == null) {
                problems.add(top, SbomProblem.Kind.MISSING, "spdxVersion");
            }
            if (id[0] == null) {
                problems.add(top, SbomProblem.Kind.MISSING, "SPDXID");
            }
            if (document.name == null) {
                problems.add(top, SbomProblem.Kind.MISSING, "name");
            }
            if (document.serialNumber == null) {
                problems.add(top, SbomProblem.Kind.MISSING, "documentNamespace");
            }
            if (!created[0]) {
                problems.add(top, SbomProblem.Kind.MISSING, "creationInfo");
            }
        }
        problems.throwIfAny();
        SbomDocument read = document.build();
        visitor.document(read);
        return read;
    }

    private static void creationInfo(JsonCursor json, DocumentDraft document) throws InvalidSbomException {
        Problems problems = json.problems();
        ProblemPlace at = json.here();
        boolean[] created = {false};
        json.object(field -> {
            switch (field) {
                case "created" -> {
                    created[0] = true;
                    document.timestamp(json.text(), json.here(), problems);
                }
                case "creators" -> json.array(() -> Spdx.creator(json.text(), document, json.here(), problems));
                default -> json.skip();
            }
        });
        if (!created[0]) {
            problems.add(at, SbomProblem.Kind.MISSING, "created");
        }
    }

    private static Component pkg(JsonCursor json) throws InvalidSbomException {
        Problems problems = json.problems();
        ComponentDraft draft = new ComponentDraft(json.here());
        boolean[] downloadLocation = {false};
        json.object(field -> {
            switch (field) {
                case "SPDXID" -> draft.ref = json.text();
                case "name" -> draft.name = json.text();
                case "versionInfo" -> draft.version = json.text();
                case "supplier" -> draft.supplier = Spdx.party(json.text());
                case "primaryPackagePurpose" -> draft.type = Spdx.purpose(json.text());
                case "validUntilDate" -> {
                    ProblemPlace at = json.here();
                    draft.endOfSupport(json.text(), at, problems);
                }
                case "downloadLocation" -> {
                    downloadLocation[0] = true;
                    json.skip();
                }
                case "licenseConcluded", "licenseDeclared" ->
                        draft.licence(Spdx.licence(json.text()), json.here(), problems);
                case "checksums" -> json.array(() -> {
                    ProblemPlace at = json.here();
                    String[] checksum = new String[2];
                    json.object(part -> {
                        switch (part) {
                            case "algorithm" -> checksum[0] = json.text();
                            case "checksumValue" -> checksum[1] = json.text();
                            default -> json.skip();
                        }
                    });
                    Spdx.checksum(checksum[0], checksum[1], draft, at, problems);
                });
                case "externalRefs" -> json.array(() -> {
                    String[] reference = new String[2];
                    json.object(part -> {
                        switch (part) {
                            case "referenceType" -> reference[0] = json.text();
                            case "referenceLocator" -> reference[1] = json.text();
                            default -> json.skip();
                        }
                    });
                    Spdx.externalReference(reference[0], reference[1], draft);
                });
                default -> json.skip();
            }
        });
        if (draft.ref == null) {
            problems.add(draft.place(), SbomProblem.Kind.MISSING, "SPDXID");
        }
        if (!downloadLocation[0]) {
            problems.add(draft.place(), SbomProblem.Kind.MISSING, "downloadLocation");
        }
        return draft.build(draft.place(), problems);
    }

    private static void relationship(JsonCursor json, DocumentDraft document, SbomVisitor visitor)
            throws InvalidSbomException {
        ProblemPlace at = json.here();
        String[] parts = new String[3];
        json.object(field -> {
            switch (field) {
                case "spdxElementId" -> parts[0] = json.text();
                case "relationshipType" -> parts[1] = json.text();
                case "relatedSpdxElement" -> parts[2] = json.text();
                default -> json.skip();
            }
        });
        String[] names = {"spdxElementId", "relationshipType", "relatedSpdxElement"};
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] == null) {
                json.problems().add(at, SbomProblem.Kind.MISSING, names[i]);
                return;
            }
        }
        Spdx.related(new Relationship(parts[0], parts[1], parts[2]), document, visitor, at, json.problems());
    }
}
