package io.shinrai.dicom;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a signature sits: the main data set, or an item reached through sequences, written like
 * {@code (0040,A730)[0].(0040,A730)[2]} with items counted from 0.
 */
public record Location(List<Step> steps) {

    public static final Location DATA_SET = new Location(List.of());

    public record Step(Tag sequence, int item) {
    }

    public Location {
        steps = List.copyOf(steps);
    }

    public static Location parse(String text) {
        if (text.isBlank()) {
            return DATA_SET;
        }
        List<Step> steps = new ArrayList<>();
        for (String part : text.strip().split("\\.")) {
            int open = part.indexOf('[');
            if (open < 0 || !part.endsWith("]")) {
                throw new IllegalArgumentException("not an item location (like (0040,A730)[0]): " + text);
            }
            try {
                steps.add(new Step(Tag.parse(part.substring(0, open)),
                        Integer.parseInt(part.substring(open + 1, part.length() - 1))));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an item number in " + text, e);
            }
        }
        return new Location(steps);
    }

    Location then(Tag sequence, int item) {
        List<Step> longer = new ArrayList<>(steps);
        longer.add(new Step(sequence, item));
        return new Location(longer);
    }

    @Override
    public String toString() {
        if (steps.isEmpty()) {
            return "data set";
        }
        StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            text.append(text.length() == 0 ? "" : ".").append(step.sequence()).append('[').append(step.item()).append(']');
        }
        return text.toString();
    }
}
