package io.shinrai.server.securityadvisory;

import io.shinrai.vuln.VexResponse;

/** What the publisher advises those who run an affected version to do; {@code url} may be null. */
public record Remedy(VexResponse category, String details, String url) {
}
