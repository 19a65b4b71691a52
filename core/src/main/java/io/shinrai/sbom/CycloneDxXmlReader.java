package io.shinrai.sbom;

import java.io.IOException;
import java.io.InputStream;

/**
 * CycloneDX 1.2 to 1.6 XML, read as a stream with the JDK's StAX parser: the spec version is the namespace's, each
 * component goes to the visitor as soon as its element closes. Checks the same things as
 * {@link CycloneDxJsonReader}.
 */
public final class CycloneDxXmlReader implements SbomReader {

    @Override
    public SbomDocument read(InputStream in, SbomVisitor visitor) throws InvalidSbomException, IOException {
        Problems problems = new Problems();
        DocumentDraft document = new DocumentDraft(SbomFormat.CYCLONEDX_XML);
        try (XmlCursor xml = new XmlCursor(in, problems)) {
            String namespace = xml.root();
            if (!"bom".equals(xml.localName()) || namespace == null
                    || !namespace.startsWith(CycloneDx.NAMESPACE_PREFIX)) {
                throw problems.fatal(xml.here(), SbomProblem.Kind.UNRECOGNISED, namespace);
            }
            document.specVersion = namespace.substring(CycloneDx.NAMESPACE_PREFIX.length());
            if (!CycloneDx.SPEC_VERSIONS.contains(document.specVersion)) {
                throw problems.fatal(xml.here(), SbomProblem.Kind.UNSUPPORTED_VERSION, document.specVersion);
            }
            document.serialNumber = xml.attribute("serialNumber");
            if (document.serialNumber != null && !CycloneDx.isSerialNumber(document.serialNumber)) {
                problems.add(xml.here(), SbomProblem.Kind.INVALID_VALUE, document.serialNumber);
            }
            xml.children(child -> {
                switch (child) {
                    case "metadata" -> metadata(xml, document, visitor);
                    case "components" -> xml.children(component -> {
                        if (component.equals("component")) {
                            component(xml, visitor, false);
                        } else {
                            xml.skip();
                        }
                    });
                    case "dependencies" -> xml.children(dependency -> dependency(xml, visitor));
                    default -> xml.skip();
                }
            });
        }
        problems.throwIfAny();
        SbomDocument read = document.build();
        visitor.document(read);
        return read;
    }

    private static void metadata(XmlCursor xml, DocumentDraft document, SbomVisitor visitor)
            throws InvalidSbomException {
        Problems problems = xml.problems();
        xml.children(field -> {
            switch (field) {
                case "timestamp" -> {
                    ProblemPlace at = xml.here();
                    document.timestamp(xml.text(), at, problems);
                }
                case "authors" -> xml.children(author -> xml.children(part -> {
                    if (part.equals("name")) {
                        document.author(xml.text(), xml.here(), problems);
                    } else {
                        xml.skip();
                    }
                }));
                case "tools" -> xml.children(tool -> {
                    if (tool.equals("tool")) {
                        tool(xml, document);
                    } else {
                        // CycloneDX 1.5 and later: <components> and <services> of tools
                        xml.children(component -> tool(xml, document));
                    }
                });
                case "component" -> document.product = component(xml, visitor, true);
                default -> xml.skip();
            }
        });
    }

    private static void tool(XmlCursor xml, DocumentDraft document) throws InvalidSbomException {
        ProblemPlace at = xml.here();
        ComponentDraft draft = new ComponentDraft(at);
        xml.children(field -> componentField(xml, draft, field, null));
        String name = draft.name == null ? null : draft.version == null ? draft.name
                : draft.name + " " + draft.version;
        document.tool(name, at, xml.problems());
    }

    /** As {@code CycloneDxJsonReader}'s: the product is returned only, what is nested in it goes to the visitor. */
    private static Component component(XmlCursor xml, SbomVisitor visitor, boolean product)
            throws InvalidSbomException {
        Problems problems = xml.problems();
        ComponentDraft draft = new ComponentDraft(xml.here());
        draft.type = xml.attribute("type");
        if (draft.type == null) {
            problems.add(draft.place(), SbomProblem.Kind.MISSING, "type");
        } else if (!CycloneDx.COMPONENT_TYPES.contains(draft.type)) {
            problems.add(draft.place(), SbomProblem.Kind.INVALID_VALUE, draft.type);
        }
        draft.ref = xml.attribute("bom-ref");
        xml.children(field -> componentField(xml, draft, field, visitor));
        Component component = draft.build(draft.place(), problems);
        if (component != null && visitor != null && !product) {
            visitor.component(component);
        }
        return component;
    }

    private static void componentField(XmlCursor xml, ComponentDraft draft, String field, SbomVisitor visitor)
            throws InvalidSbomException {
        Problems problems = xml.problems();
        switch (field) {
            case "group" -> draft.group = xml.text();
            case "name" -> draft.name = xml.text();
            case "version" -> draft.version = xml.text();
            case "publisher" -> draft.publisher = xml.text();
            case "supplier" -> xml.children(supplier -> {
                if (supplier.equals("name")) {
                    draft.supplier = xml.text();
                } else {
                    xml.skip();
                }
            });
            case "purl" -> draft.purl = xml.text();
            case "cpe" -> draft.cpe = xml.text();
            case "swid" -> {
                draft.swidTagId = xml.attribute("tagId");
                xml.skip();
            }
            case "hashes" -> xml.children(hash -> {
                ProblemPlace at = xml.here();
                String algorithm = xml.attribute("alg");
                String value = xml.text();
                if (algorithm == null) {
                    problems.add(at, SbomProblem.Kind.MISSING, "alg");
                } else if (!CycloneDx.HASH_ALGORITHMS.contains(algorithm)) {
                    problems.add(at, SbomProblem.Kind.INVALID_VALUE, algorithm);
                } else {
                    draft.hash(algorithm, value, at, problems);
                }
            });
            case "licenses" -> xml.children(choice -> {
                ProblemPlace at = xml.here();
                if (choice.equals("expression")) {
                    draft.licence(xml.text(), at, problems);
                } else {
                    xml.children(part -> {
                        if (part.equals("id") || part.equals("name")) {
                            draft.licence(xml.text(), at, problems);
                        } else {
                            xml.skip();
                        }
                    });
                }
            });
            case "properties" -> xml.children(property -> {
                ProblemPlace at = xml.here();
                String name = xml.attribute("name");
                draft.property(name, xml.text(), at, problems);
            });
            case "components" -> xml.children(component -> component(xml, visitor, false));
            default -> xml.skip();
        }
    }

    /** {@code <dependency ref="a"><dependency ref="b"/></dependency>}: a depends on b. */
    private static void dependency(XmlCursor xml, SbomVisitor visitor) throws InvalidSbomException {
        Problems problems = xml.problems();
        ProblemPlace at = xml.here();
        String ref = xml.attribute("ref");
        if (ref == null) {
            problems.add(at, SbomProblem.Kind.MISSING, "ref");
        }
        xml.children(target -> {
            String to = xml.attribute("ref");
            if (to == null) {
                problems.add(xml.here(), SbomProblem.Kind.MISSING, "ref");
            } else if (ref != null) {
                visitor.relationship(new Relationship(ref, Relationship.DEPENDS_ON, to));
            }
            xml.skip();
        });
    }
}
