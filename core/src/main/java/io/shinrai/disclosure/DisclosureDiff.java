package io.shinrai.disclosure;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.Item;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between two disclosures — two revisions, or the disclosures of two product versions: the head, the
 * options in use, and every item whose answer, remarks or notes differ, in the catalogue's order.
 */
public final class DisclosureDiff {

    private final Catalogue catalogue;

    /** @param catalogue the catalogue of the newer disclosure, which gives the order of the items */
    public DisclosureDiff(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<Change> between(Disclosure before, Disclosure after) {
        List<Change> changes = new ArrayList<>();
        field(changes, "catalogue", before.catalogueId() + "@" + before.catalogueVersion(),
                after.catalogueId() + "@" + after.catalogueVersion());
        field(changes, "createdOn", before.basics().createdOn(), after.basics().createdOn());
        field(changes, "vendor", before.basics().vendor(), after.basics().vendor());
        field(changes, "product", before.basics().product(), after.basics().product());
        field(changes, "productVersion", before.basics().productVersion(), after.basics().productVersion());
        field(changes, "optionsInUse", new TreeSet<>(before.optionsInUse()), new TreeSet<>(after.optionsInUse()));
        for (String ref : refsInOrder(before, after)) {
            String was = describe(before.answers().get(ref));
            String is = describe(after.answers().get(ref));
            if (!was.equals(is)) {
                changes.add(Change.ofItem(ref, was, is));
            }
        }
        return changes;
    }

    private Set<String> refsInOrder(Disclosure before, Disclosure after) {
        Set<String> refs = new LinkedHashSet<>();
        for (Item item : catalogue.allItems()) {
            if (before.answers().containsKey(item.ref()) || after.answers().containsKey(item.ref())) {
                refs.add(item.ref());
            }
        }
        Set<String> others = new TreeSet<>(before.answers().keySet());
        others.addAll(after.answers().keySet());
        refs.addAll(others);
        return refs;
    }

    /** The answer as a person reads it: 回答, then 備考 and notes when there are any; empty when unanswered. */
    private static String describe(ItemAnswer answer) {
        if (answer == null || (!answer.isAnswered() && !answer.hasRemarks() && answer.notes().isEmpty())) {
            return "";
        }
        StringBuilder text = new StringBuilder(answer.answer() != null ? answer.answer().label().ja()
                : Objects.toString(answer.text(), ""));
        if (answer.hasRemarks()) {
            text.append(" 備考: ").append(answer.remarks());
        }
        if (!answer.notes().isEmpty()) {
            text.append(" 注記: ").append(answer.notes());
        }
        return text.toString().strip();
    }

    private static void field(List<Change> changes, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(Change.ofField(name, Objects.toString(before, ""), Objects.toString(after, "")));
        }
    }
}
