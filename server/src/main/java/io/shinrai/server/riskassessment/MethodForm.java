package io.shinrai.server.riskassessment;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.risk.IpaFormula;
import io.shinrai.risk.Level;
import io.shinrai.risk.RiskMethod;
import io.shinrai.risk.RiskMethodReader;
import io.shinrai.risk.Scale;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The matrix editor as the page shows it and the form sends it: the labels of five slots per scale (a slot with both
 * labels blank is no level), the formula, the likelihood table cell by cell and the thresholds, all as typed. It is
 * turned into the method file's own form and read by core, so the editor refuses exactly what a file would, with
 * the same messages, and a refused form is shown again as it was typed.
 *
 * @param slots by scale name ({@link #SCALES}), five labels each
 * @param table likelihood by threat (rows) and vulnerability (columns), as many as those scales have levels
 */
record MethodForm(String titleJa, String titleEn, Map<String, List<LocalizedText>> slots, String formula,
                  List<List<String>> table, String acceptUpTo, String manageUpTo) {

    /** The scales in the order of the form, the likelihood of the IPA style last. */
    static final List<String> SCALES = List.of("confidentiality", "integrity", "availability", "threat",
            "vulnerability", "likelihood");
    private static final int SLOTS = Scale.MAX_LEVELS;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalizedText BLANK = new LocalizedText("", "");

    /** A method as the editor shows it; a multiplicative one starts from the likelihood labels of {@code ipa}. */
    static MethodForm of(RiskMethod method, IpaFormula ipa) {
        IpaFormula shownIpa = method.formula() instanceof IpaFormula own ? own : ipa;
        Map<String, List<LocalizedText>> slots = new LinkedHashMap<>();
        List<Scale> scales = List.of(method.confidentiality(), method.integrity(), method.availability(),
                method.threat(), method.vulnerability(), shownIpa.likelihood());
        for (int index = 0; index < SCALES.size(); index++) {
            List<LocalizedText> labels = new ArrayList<>(scales.get(index).levels().stream().map(Level::label)
                    .toList());
            while (labels.size() < SLOTS) {
                labels.add(BLANK);
            }
            slots.put(SCALES.get(index), labels);
        }
        List<List<String>> table = new ArrayList<>();
        for (int t = 1; t <= method.threat().top(); t++) {
            List<String> row = new ArrayList<>();
            for (int v = 1; v <= method.vulnerability().top(); v++) {
                row.add(method.formula() instanceof IpaFormula own ? Integer.toString(own.likelihood(t, v))
                        : Integer.toString(middle(t, v, shownIpa.likelihood().top())));
            }
            table.add(row);
        }
        return new MethodForm(method.title().ja(), method.title().en(), slots,
                method.formula() instanceof IpaFormula ? "ipa" : "multiplicative", table,
                Integer.toString(method.acceptance().acceptUpTo()), Integer.toString(method.acceptance().manageUpTo()));
    }

    /**
     * The form as sent. A cell the page did not show yet, because a scale just gained a level, starts at the middle
     * of its row and column, for the person to adjust on the page that follows.
     */
    static MethodForm from(MultiValueMap<String, String> form) {
        Map<String, List<LocalizedText>> slots = new LinkedHashMap<>();
        for (String scale : SCALES) {
            List<LocalizedText> labels = new ArrayList<>();
            for (int level = 1; level <= SLOTS; level++) {
                labels.add(new LocalizedText(value(form, scale + "." + level + ".ja"),
                        value(form, scale + "." + level + ".en")));
            }
            slots.put(scale, labels);
        }
        int threats = levels(slots.get("threat")).size();
        int vulnerabilities = levels(slots.get("vulnerability")).size();
        int likelihoods = levels(slots.get("likelihood")).size();
        List<List<String>> table = new ArrayList<>();
        for (int t = 1; t <= threats; t++) {
            List<String> row = new ArrayList<>();
            for (int v = 1; v <= vulnerabilities; v++) {
                String cell = form.getFirst("cell." + t + "." + v);
                row.add(cell == null ? Integer.toString(middle(t, v, likelihoods)) : cell.strip());
            }
            table.add(row);
        }
        return new MethodForm(value(form, "title.ja"), value(form, "title.en"), slots, value(form, "formula"), table,
                value(form, "acceptUpTo"), value(form, "manageUpTo"));
    }

    /** @throws io.shinrai.risk.InvalidRiskDataException with every problem, as for a method file */
    RiskMethod toMethod(String id, String version) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("format", RiskMethodReader.FORMAT);
        tree.put("id", id);
        tree.put("version", version);
        tree.put("title", Map.of("ja", titleJa, "en", titleEn));
        Map<String, Object> scales = new LinkedHashMap<>();
        for (String scale : SCALES.subList(0, 5)) {
            scales.put(scale, labels(scale));
        }
        tree.put("scales", scales);
        Map<String, Object> shownFormula = new LinkedHashMap<>();
        shownFormula.put("kind", formula);
        if ("ipa".equals(formula)) {
            shownFormula.put("likelihood", labels("likelihood"));
            shownFormula.put("table", table.stream().map(row -> row.stream().map(MethodForm::numberOrText).toList())
                    .toList());
        }
        tree.put("formula", shownFormula);
        tree.put("acceptance", Map.of("acceptUpTo", numberOrText(acceptUpTo), "manageUpTo", numberOrText(manageUpTo)));
        return new RiskMethodReader().read(JSON.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8));
    }

    /** The likelihood levels the table's selects offer. */
    public int likelihoodLevels() {
        return levels(slots.get("likelihood")).size();
    }

    private List<Map<String, String>> labels(String scale) {
        return levels(slots.get(scale)).stream().map(label -> Map.of("ja", label.ja(), "en", label.en())).toList();
    }

    private static List<LocalizedText> levels(List<LocalizedText> slots) {
        return slots.stream().filter(label -> !label.ja().isBlank() || !label.en().isBlank()).toList();
    }

    private static int middle(int threat, int vulnerability, int likelihoods) {
        return Math.max(1, Math.min(likelihoods, (threat + vulnerability) / 2));
    }

    /** A number as a number; anything else as typed, for core to name in its message. */
    private static Object numberOrText(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String value(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.strip();
    }
}
