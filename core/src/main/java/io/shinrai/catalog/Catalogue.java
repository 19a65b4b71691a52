package io.shinrai.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A checklist at one version: the questions that a disclosure, a checklist, a manufacturer's lifecycle evidence or
 * an organisation's controls answer; {@code purpose} says which.
 */
public record Catalogue(
        String id,
        String version,
        LocalizedText title,
        CataloguePurpose purpose,
        AnswerScheme answers,
        List<Guideline> guidelines,
        List<CatalogueOption> options,
        List<Section> sections) {

    public Catalogue {
        guidelines = List.copyOf(guidelines);
        options = List.copyOf(options);
        sections = List.copyOf(sections);
    }

    /** Every item, section by section, parents before their children. */
    public List<Item> allItems() {
        return sections.stream().flatMap(section -> section.allItems().stream()).toList();
    }

    public Optional<Item> item(String ref) {
        return allItems().stream().filter(item -> item.ref().equals(ref)).findFirst();
    }

    /** The label of an option, for showing which feature an item depends on. */
    public LocalizedText optionLabel(String optionId) {
        return options.stream().filter(option -> option.id().equals(optionId)).map(CatalogueOption::label)
                .findFirst().orElse(new LocalizedText(optionId, optionId));
    }

    /**
     * Whether the disclosure is a service provider's about a service (an SDS), as the JAHIS forms word their head:
     * サービス事業者 and サービス名称 instead of 製造業者 and 製品名称.
     */
    public boolean describesAService() {
        return id.contains("sds");
    }

    /** The name under which a disclosure records what it answers, e.g. {@code jahis-mds@5.0}. */
    public String key() {
        return id + "@" + version;
    }
}
