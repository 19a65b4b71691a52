package io.shinrai.server.securityadvisory;

import io.shinrai.vuln.VexJustification;
import io.shinrai.vuln.VexState;
import java.util.UUID;

/** What an advisory says of one of its publisher's product versions; a version not affected says why. */
public record VersionStatement(UUID versionId, VexState state, VexJustification justification) {
}
