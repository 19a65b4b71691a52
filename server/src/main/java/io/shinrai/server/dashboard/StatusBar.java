package io.shinrai.server.dashboard;

import io.shinrai.server.gap.Portfolio.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The systems by status as one bar split in proportion, the worst part first: drawn as SVG on the dashboard. */
public record StatusBar(List<Segment> segments, long total) {

    /** A part of the bar, in percent of its width. */
    public record Segment(Status status, long count, double start, double width) {
    }

    static StatusBar of(Map<Status, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Segment> segments = new ArrayList<>();
        double start = 0;
        for (Status status : Status.values()) {
            long count = counts.getOrDefault(status, 0L);
            if (count > 0) {
                double width = 100.0 * count / total;
                segments.add(new Segment(status, count, start, width));
                start += width;
            }
        }
        return new StatusBar(segments, total);
    }
}
