package io.shinrai.server.finding;

import io.shinrai.vuln.VexJustification;
import io.shinrai.vuln.VexResponse;
import io.shinrai.vuln.VexState;
import java.time.Instant;

/** The manufacturer's analysis of one finding: state, justification, response and its own words. */
public record VexAnalysis(VexState state, VexJustification justification, VexResponse response, String detail,
                          String analysedBy, Instant analysedAt) {
}
