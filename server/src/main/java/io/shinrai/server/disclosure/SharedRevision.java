package io.shinrai.server.disclosure;

import java.time.Instant;
import java.util.UUID;

/** A revision shared with a hospital, without its answers: enough to tell that it supersedes what was attached. */
public record SharedRevision(UUID disclosureId, String documentId, int revision, Instant publishedAt,
                             String publisher) {
}
