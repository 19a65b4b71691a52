package io.shinrai.hospital;

import java.util.List;

/** The gaps of one disclosure against a requirement profile, in the catalogue's order, and their counts. */
public record GapReport(List<Gap> gaps, GapSummary summary) {

    public GapReport {
        gaps = List.copyOf(gaps);
    }
}
