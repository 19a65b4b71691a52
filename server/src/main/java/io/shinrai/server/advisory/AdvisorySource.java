package io.shinrai.server.advisory;

import java.time.Instant;
import java.util.UUID;

/** Where advisories come from, e.g. "OSV Go" in OSV format; with how many it holds and when it last changed. */
public record AdvisorySource(UUID id, String name, AdvisoryFormat format, int advisories, Instant latestModified) {
}
