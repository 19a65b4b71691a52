package io.shinrai.server.riskassessment;

import io.shinrai.risk.InvalidRiskDataException;
import io.shinrai.risk.RiskCatalogue;
import io.shinrai.risk.RiskTerm;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue editor as the page shows it and the form sends it: the name, and the assets, threats and
 * vulnerabilities as typed, each term with its id, Japanese and English names and whether to remove it, then a few
 * blank slots to add terms. Like the method editor, it is turned into the catalogue file's own form and read by core,
 * so the editor refuses exactly what a file would (a repeated id, a missing name, an empty list), with the same
 * messages, and a refused form is shown again as it was typed.
 *
 * @param lists by list name ({@link #LISTS}), the terms kept, in order
 */
record CatalogueForm(String titleJa, String titleEn, Map<String, List<Slot>> lists) {

    static final List<String> LISTS = List.of("assets", "threats", "vulnerabilities");
    /** Blank slots the page offers under each list for new terms. */
    static final int BLANK_SLOTS = 3;
    /** Far above a real catalogue; keeps a hostile form from making an endless list. */
    static final int MAX_TERMS = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A term as typed; a slot left wholly blank is no term. */
    record Slot(String id, String ja, String en) {

        public boolean blank() {
            return id.isBlank() && ja.isBlank() && en.isBlank();
        }
    }

    static CatalogueForm of(RiskCatalogue catalogue) {
        Map<String, List<Slot>> lists = new LinkedHashMap<>();
        List<List<RiskTerm>> terms = List.of(catalogue.assets(), catalogue.threats(), catalogue.vulnerabilities());
        for (int index = 0; index < LISTS.size(); index++) {
            lists.put(LISTS.get(index), terms.get(index).stream()
                    .map(term -> new Slot(term.id(), term.name().ja(), term.name().en())).toList());
        }
        return new CatalogueForm(catalogue.title().ja(), catalogue.title().en(), lists);
    }

    /** The form as sent, without the terms ticked for removal and the slots left blank. */
    static CatalogueForm from(MultiValueMap<String, String> form) {
        Map<String, List<Slot>> lists = new LinkedHashMap<>();
        for (String list : LISTS) {
            List<Slot> slots = new ArrayList<>();
            for (int index = 0; index <= MAX_TERMS + BLANK_SLOTS && form.containsKey(list + "." + index + ".id");
                 index++) {
                String at = list + "." + index + ".";
                Slot slot = new Slot(value(form, at + "id"), value(form, at + "ja"), value(form, at + "en"));
                if (!slot.blank() && !form.containsKey(at + "remove")) {
                    slots.add(slot);
                }
            }
            lists.put(list, slots);
        }
        return new CatalogueForm(value(form, "title.ja"), value(form, "title.en"), lists);
    }

    /** @throws InvalidRiskDataException with every problem, as for a catalogue file */
    RiskCatalogue toCatalogue(String id, String version) {
        for (String list : LISTS) {
            if (lists.get(list).size() > MAX_TERMS) {
                throw new InvalidRiskDataException(list + ": " + MAX_TERMS + " 件を超えています。",
                        list + ": more than " + MAX_TERMS + " terms");
            }
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("format", RiskCatalogue.FORMAT);
        tree.put("id", id);
        tree.put("version", version);
        tree.put("title", Map.of("ja", titleJa, "en", titleEn));
        lists.forEach((list, slots) -> tree.put(list, slots.stream()
                .map(slot -> Map.of("id", slot.id(), "ja", slot.ja(), "en", slot.en())).toList()));
        return RiskCatalogue.read(JSON.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8));
    }

    /** The terms of a list and then the blank slots to add to it, as the page shows them. */
    public List<Slot> shown(String list) {
        List<Slot> shown = new ArrayList<>(lists.get(list));
        for (int blank = 0; blank < BLANK_SLOTS; blank++) {
            shown.add(new Slot("", "", ""));
        }
        return shown;
    }

    private static String value(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.strip();
    }
}
