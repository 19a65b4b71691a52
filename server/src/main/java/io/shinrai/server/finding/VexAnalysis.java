package io.shinrai.server.finding;

import java.time.Instant;

/** The manufacturer's analysis of one finding: state, justification, response and its own words. */
public record VexAnalysis(AnalysisState state, Justification justification, Response response, String detail,
                          String analysedBy, Instant analysedAt) {
}
