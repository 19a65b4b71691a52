package io.shinrai.server.disclosure;

import java.time.Instant;
import java.util.UUID;

/**
 * A revision shared with a hospital, without its answers: enough to tell that it supersedes what was attached.
 * Sharing refuses drafts, but the tables do not, so a revision without a publication date is never taken as newer.
 */
public record SharedRevision(UUID disclosureId, String documentId, int revision, Instant publishedAt,
                             String publisher) {
}
