package io.shinrai.disclosure.excel;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Column D: the notes an answer refers to, written "Note 1, Note 3". */
final class Mds2NoteReferences {

    private static final Pattern REFERENCE = Pattern.compile("(?i)(?:notes?\\s*#?\\s*)?(\\d{1,6})");
    private static final Pattern SEPARATORS = Pattern.compile("(?i)[\\s,;、&/]|\\band\\b");

    private Mds2NoteReferences() {
    }

    static String written(List<Integer> numbers) {
        return numbers.stream().map(Mds2Layout::noteLabel).collect(Collectors.joining(", "));
    }

    /**
     * Reads "Note 1", "1", "Note 1; Note 2", "Notes 1, 3" and the like; empty when the text holds anything besides
     * note numbers and separators.
     */
    static Optional<List<Integer>> parse(String text) {
        String normalized = Mds2Cells.normalized(text);
        Set<Integer> numbers = new LinkedHashSet<>();
        Matcher matcher = REFERENCE.matcher(normalized);
        StringBuilder rest = new StringBuilder();
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
            matcher.appendReplacement(rest, " ");
        }
        matcher.appendTail(rest);
        boolean onlySeparators = SEPARATORS.matcher(rest).replaceAll("").isEmpty();
        return onlySeparators ? Optional.of(List.copyOf(numbers)) : Optional.empty();
    }
}
