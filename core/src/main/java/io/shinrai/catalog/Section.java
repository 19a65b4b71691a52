package io.shinrai.catalog;

import java.util.ArrayList;
import java.util.List;

public record Section(String id, LocalizedText title, List<Reference> references, List<Item> items) {

    public Section {
        references = List.copyOf(references);
        items = List.copyOf(items);
    }

    /** Every item of the section, parents before their children, in the order people read them. */
    public List<Item> allItems() {
        List<Item> all = new ArrayList<>();
        items.forEach(item -> collect(item, all));
        return all;
    }

    private static void collect(Item item, List<Item> all) {
        all.add(item);
        item.children().forEach(child -> collect(child, all));
    }
}
