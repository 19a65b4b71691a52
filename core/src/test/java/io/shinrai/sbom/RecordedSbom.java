package io.shinrai.sbom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Everything a read delivered, in order, for tests that look at the whole of a small file. */
final class RecordedSbom implements SbomVisitor {

    final List<Component> components = new ArrayList<>();
    final List<Relationship> relationships = new ArrayList<>();
    SbomDocument document;
    int documentCalls;

    static RecordedSbom of(Path file) throws IOException, InvalidSbomException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        }
    }

    static RecordedSbom of(InputStream in) throws IOException, InvalidSbomException {
        RecordedSbom recorded = new RecordedSbom();
        SbomDocument returned = SbomFile.read(in, recorded);
        if (returned != recorded.document || recorded.documentCalls != 1) {
            throw new AssertionError("the document is given once, and is the one returned");
        }
        return recorded;
    }

    static RecordedSbom resource(String name) throws IOException, InvalidSbomException {
        try (InputStream in = RecordedSbom.class.getResourceAsStream("/sbom/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource sbom/" + name);
            }
            return of(in);
        }
    }

    Component named(String name) {
        return components.stream().filter(component -> component.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no component " + name));
    }

    @Override
    public void component(Component component) {
        components.add(component);
    }

    @Override
    public void relationship(Relationship relationship) {
        relationships.add(relationship);
    }

    @Override
    public void document(SbomDocument read) {
        document = read;
        documentCalls++;
    }
}
