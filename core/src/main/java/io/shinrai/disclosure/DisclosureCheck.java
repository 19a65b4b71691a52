package io.shinrai.disclosure;

import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueOption;
import io.shinrai.catalog.Item;
import io.shinrai.catalog.Section;
import io.shinrai.disclosure.Finding.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks a disclosure against its catalogue before it is published, and measures progress per section. */
public final class DisclosureCheck {

    private final Catalogue catalogue;

    public DisclosureCheck(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<Finding> findings(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        Set<String> options = catalogue.options().stream().map(CatalogueOption::id).collect(Collectors.toSet());
        disclosure.optionsInUse().stream().filter(option -> !options.contains(option)).sorted()
                .forEach(option -> findings.add(new Finding(Kind.UNKNOWN_OPTION, option)));
        Set<Integer> notes = disclosure.notes().stream().map(SharedNote::number).collect(Collectors.toSet());
        Set<Item> asked = new HashSet<>(disclosure.askedItems(catalogue));
        Set<String> known = new HashSet<>();
        for (Item item : catalogue.allItems()) {
            known.add(item.ref());
            ItemAnswer answer = disclosure.answers().get(item.ref());
            boolean answered = answer != null && answer.isAnswered();
            if (!asked.contains(item)) {
                if (answered) {
                    findings.add(new Finding(Kind.ANSWERED_BUT_NOT_ASKED, item.ref()));
                }
                continue;
            }
            if (!answered) {
                findings.add(new Finding(Kind.UNANSWERED, item.ref()));
                continue;
            }
            if (!fitsScheme(item, answer)) {
                findings.add(new Finding(Kind.ANSWER_NOT_OFFERED, item.ref()));
            } else if (answer.answer() != null && item.needsRemarks(answer.answer()) && !answer.hasRemarks()
                    && answer.notes().isEmpty()) {
                findings.add(new Finding(Kind.REMARKS_MISSING, item.ref()));
            }
            if (answer.notes().stream().anyMatch(note -> !notes.contains(note))) {
                findings.add(new Finding(Kind.UNKNOWN_NOTE, item.ref()));
            }
        }
        disclosure.answers().keySet().stream().filter(ref -> !known.contains(ref)).sorted()
                .forEach(ref -> findings.add(new Finding(Kind.UNKNOWN_ITEM, ref)));
        return findings;
    }

    public List<SectionProgress> progress(Disclosure disclosure) {
        Set<Item> asked = new HashSet<>(disclosure.askedItems(catalogue));
        List<SectionProgress> progress = new ArrayList<>();
        for (Section section : catalogue.sections()) {
            List<Item> askedHere = section.allItems().stream().filter(asked::contains).toList();
            int answered = (int) askedHere.stream()
                    .filter(item -> disclosure.answerTo(item.ref()).map(ItemAnswer::isAnswered).orElse(false))
                    .count();
            progress.add(new SectionProgress(section.id(), answered, askedHere.size()));
        }
        return progress;
    }

    private static boolean fitsScheme(Item item, ItemAnswer answer) {
        if (item.answers() == AnswerScheme.TEXT) {
            return answer.answer() == null;
        }
        return answer.answer() != null && item.answers().accepts(answer.answer());
    }
}
