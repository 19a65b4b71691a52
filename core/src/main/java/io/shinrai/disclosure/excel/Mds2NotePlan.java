package io.shinrai.disclosure.excel;

import io.shinrai.catalog.Item;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.SharedNote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The notes an export writes and what each item refers to: the disclosure's shared notes, then one note per
 * distinct remarks text (see {@link Mds2WorkbookWriter}).
 */
record Mds2NotePlan(List<SharedNote> notes, Map<String, List<Integer>> references) {

    static Mds2NotePlan of(Disclosure disclosure, List<Item> items) {
        List<SharedNote> notes = new ArrayList<>(disclosure.notes());
        notes.sort(Comparator.comparingInt(SharedNote::number));
        Map<String, Integer> numberByText = new HashMap<>();
        notes.forEach(note -> numberByText.putIfAbsent(note.text().strip(), note.number()));
        int next = notes.isEmpty() ? 1 : notes.get(notes.size() - 1).number() + 1;
        Map<String, List<Integer>> references = new HashMap<>();
        for (Item item : items) {
            ItemAnswer answer = disclosure.answers().get(item.ref());
            if (answer == null) {
                continue;
            }
            Set<Integer> numbers = new LinkedHashSet<>(answer.notes());
            if (answer.hasRemarks()) {
                String remarks = answer.remarks().strip();
                Integer number = numberByText.get(remarks);
                if (number == null) {
                    number = next++;
                    numberByText.put(remarks, number);
                    notes.add(new SharedNote(number, remarks));
                }
                numbers.add(number);
            }
            references.put(item.ref(), List.copyOf(numbers));
        }
        return new Mds2NotePlan(notes, references);
    }

    List<Integer> referencesOf(String ref) {
        return references.getOrDefault(ref, List.of());
    }
}
