package io.shinrai.server.securityadvisory;

import java.time.Instant;

/** One publication of an advisory; the document is kept apart, as served. */
public record Revision(int number, String summary, Instant publishedAt, String sha256) {
}
