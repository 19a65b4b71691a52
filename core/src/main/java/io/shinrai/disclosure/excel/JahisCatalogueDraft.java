package io.shinrai.disclosure.excel;

import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CataloguePurpose;
import io.shinrai.catalog.Item;
import io.shinrai.catalog.LocalizedText;
import io.shinrai.catalog.Section;
import io.shinrai.crypto.Sha256;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A catalogue made from the rows of a form Shinrai does not know: a section for each heading row, an item for
 * each numbered row, the item number as its ref. The form's text is Japanese; it stands for English too until
 * someone translates it.
 */
final class JahisCatalogueDraft {

    static final String ID_PREFIX = "imported-";
    static final String VERSION = "1";
    private static final LocalizedText UNTITLED_SECTION = new LocalizedText("項目", "Items");

    private final List<SectionDraft> sections = new ArrayList<>();

    void section(String title) {
        sections.add(new SectionDraft(new LocalizedText(title, title), new ArrayList<>()));
    }

    void item(String ref, String question) {
        if (sections.isEmpty()) {
            sections.add(new SectionDraft(UNTITLED_SECTION, new ArrayList<>()));
        }
        sections.get(sections.size() - 1).items().add(new ItemDraft(ref, question));
    }

    boolean isEmpty() {
        return sections.stream().allMatch(section -> section.items().isEmpty());
    }

    /**
     * The id is made from the questions, so the same form read twice, filled by different vendors, gives the
     * same catalogue.
     */
    Catalogue build(String title, AnswerScheme answers) {
        StringBuilder content = new StringBuilder();
        List<Section> built = new ArrayList<>();
        for (SectionDraft section : sections) {
            if (section.items().isEmpty()) {
                continue;
            }
            content.append(section.title().ja()).append('\n');
            List<Item> items = new ArrayList<>();
            for (ItemDraft item : section.items()) {
                content.append(item.ref()).append('\t').append(item.question()).append('\n');
                items.add(new Item(item.ref(), new LocalizedText(item.question(), item.question()), answers,
                        List.of(), null, Set.of(), List.of()));
            }
            built.add(new Section("section-" + (built.size() + 1), section.title(), List.of(), items));
        }
        String id = ID_PREFIX + Sha256.hex(content.toString()).substring(0, 12);
        return new Catalogue(id, VERSION, new LocalizedText(title, title), CataloguePurpose.DISCLOSURE, answers,
                List.of(), List.of(), built);
    }

    private record SectionDraft(LocalizedText title, List<ItemDraft> items) {
    }

    private record ItemDraft(String ref, String question) {
    }
}
