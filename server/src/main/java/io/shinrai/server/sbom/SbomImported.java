package io.shinrai.server.sbom;

import java.util.UUID;

/** A product version has a new SBOM: its findings are to be computed again. Published inside the import. */
public record SbomImported(UUID organisationId, UUID versionId, UUID sbomId) {
}
