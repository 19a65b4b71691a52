package io.shinrai.sbom;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * CycloneDX 1.2 to 1.6 JSON, read as a stream: each component goes to the visitor as soon as its object closes,
 * nested components included. Checks the fields the import relies on against the specification: the required
 * ones, their kinds, the component types and hash algorithms, the serial number's form and the timestamp.
 */
public final class CycloneDxJsonReader implements SbomReader {

    /** Targets kept while a dependency's {@code ref} has not been seen yet; writers put {@code ref} first. */
    private static final int MAX_WAITING_TARGETS = 10_000;

    @Override
    public SbomDocument read(InputStream in, SbomVisitor visitor) throws InvalidSbomException, IOException {
        Problems problems = new Problems();
        DocumentDraft document = new DocumentDraft(SbomFormat.CYCLONEDX_JSON);
        try (JsonCursor json = new JsonCursor(in, problems)) {
            ProblemPlace top = json.here();
            boolean[] cycloneDx = {false};
            json.root(field -> {
                switch (field) {
                    case "bomFormat" -> {
                        String format = json.text();
                        if (!"CycloneDX".equals(format)) {
                            throw problems.fatal(json.here(), SbomProblem.Kind.UNRECOGNISED, format);
                        }
                        cycloneDx[0] = true;
                    }
                    case "specVersion" -> {
                        document.specVersion = json.text();
                        if (document.specVersion != null && !CycloneDx.SPEC_VERSIONS.contains(document.specVersion)) {
                            throw problems.fatal(json.here(), SbomProblem.Kind.UNSUPPORTED_VERSION,
                                    document.specVersion);
                        }
                    }
                    case "serialNumber" -> {
                        document.serialNumber = json.text();
                        if (document.serialNumber != null && !CycloneDx.isSerialNumber(document.serialNumber)) {
                            problems.add(json.here(), SbomProblem.Kind.INVALID_VALUE, document.serialNumber);
                        }
                    }
                    case "metadata" -> metadata(json, document, visitor);
                    case "components" -> json.array(() -> component(json, visitor, false));
                    case "dependencies" -> json.array(() -> dependency(json, visitor));
                    default -> json.skip();
                }
            });
            if (!cycloneDx[0]) {
                problems.add(top, SbomProblem.Kind.MISSING, "bomFormat");
            }
            if (document.specVersion == null) {
                problems.add(top, SbomProblem.Kind.MISSING, "specVersion");
            }
        }
        problems.throwIfAny();
        SbomDocument read = document.build();
        visitor.document(read);
        return read;
    }

    private static void metadata(JsonCursor json, DocumentDraft document, SbomVisitor visitor)
            throws InvalidSbomException {
        Problems problems = json.problems();
        json.object(field -> {
            switch (field) {
                case "timestamp" -> document.timestamp(json.text(), json.here(), problems);
                case "authors" -> json.array(() -> json.object(author -> {
                    if (author.equals("name")) {
                        document.author(json.text(), json.here(), problems);
                    } else {
                        json.skip();
                    }
                }));
                case "tools" -> tools(json, document);
                case "component" -> document.product = component(json, visitor, true);
                default -> json.skip();
            }
        });
    }

    /** Tools are a list of tools up to 1.4, and an object of components and services from 1.5 on. */
    private static void tools(JsonCursor json, DocumentDraft document) throws InvalidSbomException {
        JsonCursor.ElementHandler tool = () -> {
            ComponentDraft draft = new ComponentDraft(json.here());
            json.object(field -> componentField(json, draft, field, null));
            String name = draft.name == null ? null : draft.version == null ? draft.name
                    : draft.name + " " + draft.version;
            document.tool(name, draft.place(), json.problems());
        };
        if (json.isOnArray()) {
            json.array(tool);
        } else {
            json.object(kind -> {
                if (kind.equals("components") || kind.equals("services")) {
                    json.array(tool);
                } else {
                    json.skip();
                }
            });
        }
    }

    /**
     * Reads one component object and returns it; it goes to the visitor (when there is one) unless it is the
     * product the document describes. The components nested in it, the product's included, always go.
     */
    private static Component component(JsonCursor json, SbomVisitor visitor, boolean product)
            throws InvalidSbomException {
        Problems problems = json.problems();
        ComponentDraft draft = new ComponentDraft(json.here());
        json.object(field -> componentField(json, draft, field, visitor));
        if (draft.type == null) {
            problems.add(draft.place(), SbomProblem.Kind.MISSING, "type");
        }
        Component component = draft.build(draft.place(), problems);
        if (component != null && visitor != null && !product) {
            visitor.component(component);
        }
        return component;
    }

    private static void componentField(JsonCursor json, ComponentDraft draft, String field, SbomVisitor visitor)
            throws InvalidSbomException {
        Problems problems = json.problems();
        switch (field) {
            case "type" -> {
                draft.type = json.text();
                if (draft.type != null && !CycloneDx.COMPONENT_TYPES.contains(draft.type)) {
                    problems.add(json.here(), SbomProblem.Kind.INVALID_VALUE, draft.type);
                }
            }
            case "bom-ref" -> draft.ref = json.text();
            case "group" -> draft.group = json.text();
            case "name" -> draft.name = json.text();
            case "version" -> draft.version = json.text();
            case "publisher" -> draft.publisher = json.text();
            case "supplier" -> json.object(supplier -> {
                if (supplier.equals("name")) {
                    draft.supplier = json.text();
                } else {
                    json.skip();
                }
            });
            case "purl" -> draft.purl = json.text();
            case "cpe" -> draft.cpe = json.text();
            case "swid" -> json.object(swid -> {
                if (swid.equals("tagId")) {
                    draft.swidTagId = json.text();
                } else {
                    json.skip();
                }
            });
            case "hashes" -> json.array(() -> hash(json, draft));
            case "licenses" -> json.array(() -> licence(json, draft));
            case "properties" -> json.array(() -> property(json, draft));
            case "components" -> json.array(() -> component(json, visitor, false));
            default -> json.skip();
        }
    }

    private static void hash(JsonCursor json, ComponentDraft draft) throws InvalidSbomException {
        ProblemPlace at = json.here();
        String[] hash = new String[2];
        json.object(field -> {
            switch (field) {
                case "alg" -> hash[0] = json.text();
                case "content" -> hash[1] = json.text();
                default -> json.skip();
            }
        });
        if (hash[0] == null) {
            json.problems().add(at, SbomProblem.Kind.MISSING, "alg");
        } else if (!CycloneDx.HASH_ALGORITHMS.contains(hash[0])) {
            json.problems().add(at, SbomProblem.Kind.INVALID_VALUE, hash[0]);
        } else {
            draft.hash(hash[0], hash[1], at, json.problems());
        }
    }

    /** A licence choice: a licence by SPDX id or by name, or an SPDX licence expression. */
    private static void licence(JsonCursor json, ComponentDraft draft) throws InvalidSbomException {
        ProblemPlace at = json.here();
        json.object(field -> {
            switch (field) {
                case "expression" -> draft.licence(json.text(), at, json.problems());
                case "license" -> json.object(licence -> {
                    if (licence.equals("id") || licence.equals("name")) {
                        draft.licence(json.text(), at, json.problems());
                    } else {
                        json.skip();
                    }
                });
                default -> json.skip();
            }
        });
    }

    private static void property(JsonCursor json, ComponentDraft draft) throws InvalidSbomException {
        ProblemPlace at = json.here();
        String[] property = new String[2];
        json.object(field -> {
            switch (field) {
                case "name" -> property[0] = json.text();
                case "value" -> property[1] = json.text();
                default -> json.skip();
            }
        });
        draft.property(property[0], property[1], at, json.problems());
    }

    private static void dependency(JsonCursor json, SbomVisitor visitor) throws InvalidSbomException {
        ProblemPlace at = json.here();
        String[] ref = new String[1];
        List<String> dependsOn = new ArrayList<>();
        json.object(field -> {
            switch (field) {
                case "ref" -> ref[0] = json.text();
                case "dependsOn" -> json.array(() -> {
                    String target = json.text();
                    if (ref[0] != null && target != null) {
                        visitor.relationship(new Relationship(ref[0], Relationship.DEPENDS_ON, target));
                    } else if (target != null && dependsOn.size() < MAX_WAITING_TARGETS) {
                        dependsOn.add(target);
                    } else if (target != null) {
                        json.problems().add(json.here(), SbomProblem.Kind.TOO_LARGE,
                                MAX_WAITING_TARGETS + " dependencies before \"ref\"");
                    }
                });
                default -> json.skip();
            }
        });
        if (ref[0] == null) {
            json.problems().add(at, SbomProblem.Kind.MISSING, "ref");
            return;
        }
        for (String target : dependsOn) {
            visitor.relationship(new Relationship(ref[0], Relationship.DEPENDS_ON, target));
        }
    }
}
