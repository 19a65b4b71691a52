package io.shinrai.server.sbom;

import io.shinrai.sbom.MinimumElementsReport;
import io.shinrai.sbom.SbomFormat;
import java.time.Instant;
import java.util.UUID;

/** The SBOM of a product version as it was imported: what the file said about itself and its NTIA report. */
public record StoredSbom(UUID id, UUID versionId, String fileName, SbomFormat format, String specVersion,
                         String serialNumber, int components, MinimumElementsReport minimumElements,
                         String importedBy, Instant importedAt) {
}
