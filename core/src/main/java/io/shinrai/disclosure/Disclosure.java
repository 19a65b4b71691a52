package io.shinrai.disclosure;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A security disclosure (MDS/SDS, MDS2, or a filled checklist): the answers to one catalogue at one version, for
 * one product version. Answers are keyed by item ref.
 */
public record Disclosure(
        String documentId,
        String catalogueId,
        String catalogueVersion,
        BasicInformation basics,
        Set<String> optionsInUse,
        Map<String, ItemAnswer> answers,
        List<SharedNote> notes) {

    public Disclosure {
        basics = basics == null ? BasicInformation.empty() : basics;
        optionsInUse = Set.copyOf(optionsInUse);
        answers = Map.copyOf(answers);
        notes = List.copyOf(notes);
    }

    public boolean answers(Catalogue catalogue) {
        return catalogue.id().equals(catalogueId) && catalogue.version().equals(catalogueVersion);
    }

    public Optional<ItemAnswer> answerTo(String ref) {
        return Optional.ofNullable(answers.get(ref));
    }

    /** The items this disclosure has to answer: all but those whose option (or a parent's) is not in use. */
    public List<Item> askedItems(Catalogue catalogue) {
        List<Item> asked = new ArrayList<>();
        catalogue.sections().forEach(section -> section.items().forEach(item -> collectAsked(item, asked)));
        return asked;
    }

    private void collectAsked(Item item, List<Item> asked) {
        if (item.condition().map(optionsInUse::contains).orElse(true)) {
            asked.add(item);
            item.children().forEach(child -> collectAsked(child, asked));
        }
    }
}
