package io.shinrai.risk;

import io.shinrai.catalog.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes methods ({@code shinrai-risk-method/1}), catalogues ({@code shinrai-risk-catalogue/1}) and assessments
 * ({@code shinrai-risk-assessment/1}) as YAML that the readers take back unchanged. An assessment is written with its
 * method and catalogue in full, never by id, so that the text keeps what the assessment was frozen with even after
 * the organisation's method or catalogue changes.
 */
public final class RiskYamlWriter {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    public String write(RiskMethod method) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("format", RiskMethodReader.FORMAT);
        tree.putAll(method(method));
        return YAML.writeValueAsString(tree);
    }

    public String write(RiskCatalogue catalogue) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("format", RiskCatalogue.FORMAT);
        tree.putAll(catalogue(catalogue));
        return YAML.writeValueAsString(tree);
    }

    public String write(Assessment assessment) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("format", AssessmentReader.FORMAT);
        tree.put("id", assessment.id());
        tree.put("version", assessment.version());
        tree.put("title", localized(assessment.title()));
        tree.put("service", assessment.service());
        if (assessment.hospital() != null) {
            tree.put("hospital", assessment.hospital());
        }
        tree.put("method", method(assessment.method()));
        tree.put("catalogue", catalogue(assessment.catalogue()));
        tree.put("state", name(assessment.state()));
        tree.put("rows", assessment.rows().stream().map(RiskYamlWriter::row).toList());
        List<Map<String, Object>> notApplicable = new ArrayList<>();
        assessment.notApplicable().forEach((control, reason) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("control", control);
            entry.put("reason", localized(reason));
            notApplicable.add(entry);
        });
        if (!notApplicable.isEmpty()) {
            tree.put("notApplicable", notApplicable);
        }
        return YAML.writeValueAsString(tree);
    }

    private static Map<String, Object> method(RiskMethod method) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", method.id());
        tree.put("version", method.version());
        tree.put("title", localized(method.title()));
        Map<String, Object> scales = new LinkedHashMap<>();
        scales.put("confidentiality", labels(method.confidentiality()));
        scales.put("integrity", labels(method.integrity()));
        scales.put("availability", labels(method.availability()));
        scales.put("threat", labels(method.threat()));
        scales.put("vulnerability", labels(method.vulnerability()));
        tree.put("scales", scales);
        Map<String, Object> formula = new LinkedHashMap<>();
        if (method.formula() instanceof IpaFormula ipa) {
            formula.put("kind", "ipa");
            formula.put("likelihood", labels(ipa.likelihood()));
            formula.put("table", ipa.table());
        } else {
            formula.put("kind", "multiplicative");
        }
        tree.put("formula", formula);
        Map<String, Object> acceptance = new LinkedHashMap<>();
        acceptance.put("acceptUpTo", method.acceptance().acceptUpTo());
        acceptance.put("manageUpTo", method.acceptance().manageUpTo());
        tree.put("acceptance", acceptance);
        return tree;
    }

    private static Map<String, Object> catalogue(RiskCatalogue catalogue) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", catalogue.id());
        tree.put("version", catalogue.version());
        tree.put("title", localized(catalogue.title()));
        tree.put("assets", terms(catalogue.assets()));
        tree.put("threats", terms(catalogue.threats()));
        tree.put("vulnerabilities", terms(catalogue.vulnerabilities()));
        return tree;
    }

    private static List<Map<String, Object>> terms(List<RiskTerm> terms) {
        return terms.stream().map(term -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", term.id());
            entry.put("ja", term.name().ja());
            entry.put("en", term.name().en());
            return entry;
        }).toList();
    }

    private static Map<String, Object> row(RiskRow row) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", row.id());
        tree.put("asset", row.asset());
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("c", row.value().confidentiality());
        value.put("i", row.value().integrity());
        value.put("a", row.value().availability());
        tree.put("value", value);
        tree.put("threat", row.threat());
        tree.put("vulnerability", row.vulnerability());
        tree.put("inherent", exposure(row.inherent()));
        tree.put("controls", row.controls().stream().map(Control::text).toList());
        tree.put("residual", exposure(row.residual()));
        tree.put("responsibility", name(row.responsibility()));
        tree.put("treatment", name(row.treatment()));
        if (!row.owner().isEmpty()) {
            tree.put("owner", row.owner());
        }
        if (row.due() != null) {
            tree.put("due", row.due().toString());
        }
        return tree;
    }

    private static Map<String, Object> exposure(Exposure exposure) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("threat", exposure.threat());
        tree.put("vulnerability", exposure.vulnerability());
        return tree;
    }

    private static List<Map<String, Object>> labels(Scale scale) {
        return scale.levels().stream().map(level -> localized(level.label())).toList();
    }

    private static Map<String, Object> localized(LocalizedText text) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("ja", text.ja());
        tree.put("en", text.en());
        return tree;
    }

    /** As the readers take enum constants: lower case, '-' for '_'. */
    static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
