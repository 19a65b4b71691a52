package io.shinrai.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One question. {@code whenOption} names the option that must be in use for the item (and its children) to be
 * asked; null when it is always asked.
 */
public record Item(
        String ref,
        LocalizedText text,
        AnswerScheme answers,
        List<Reference> references,
        String whenOption,
        Set<Answer> remarksRequiredWhen,
        List<Item> children) {

    public Item {
        references = List.copyOf(references);
        remarksRequiredWhen = Set.copyOf(remarksRequiredWhen);
        children = List.copyOf(children);
    }

    public Optional<String> condition() {
        return Optional.ofNullable(whenOption);
    }

    public boolean needsRemarks(Answer answer) {
        return remarksRequiredWhen.contains(answer);
    }
}
