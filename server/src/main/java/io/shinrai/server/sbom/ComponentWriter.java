package io.shinrai.server.sbom;

import io.shinrai.sbom.Component;
import io.shinrai.sbom.MinimumElementsCheck;
import io.shinrai.sbom.Relationship;
import io.shinrai.sbom.SbomDocument;
import io.shinrai.sbom.SbomVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes the components of an SBOM as they are read, a batch at a time, so that memory holds one batch however
 * large the file; counts the NTIA minimum elements on the way. What it wrote is undone by the transaction it
 * runs in when the read fails.
 */
final class ComponentWriter implements SbomVisitor {

    static final int BATCH = 500;

    private final SbomRepository repository;
    private final UUID sbomId;
    private final MinimumElementsCheck check = new MinimumElementsCheck();
    private final List<Component> batch = new ArrayList<>(BATCH);
    private int written;
    private SbomDocument document;

    ComponentWriter(SbomRepository repository, UUID sbomId) {
        this.repository = repository;
        this.sbomId = sbomId;
    }

    @Override
    public void component(Component component) {
        check.component(component);
        batch.add(component);
        if (batch.size() == BATCH) {
            flush();
        }
    }

    @Override
    public void relationship(Relationship relationship) {
        check.relationship(relationship);
    }

    @Override
    public void document(SbomDocument read) {
        check.document(read);
        this.document = read;
    }

    /** Writes what is left and completes the SBOM's row; call once the read has ended well. */
    void finish() {
        flush();
        repository.complete(sbomId, document, check.report());
    }

    private void flush() {
        if (!batch.isEmpty()) {
            repository.insertComponents(sbomId, written, batch);
            written += batch.size();
            batch.clear();
        }
    }
}
