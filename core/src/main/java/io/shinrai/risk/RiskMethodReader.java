package io.shinrai.risk;

import io.shinrai.catalog.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads a risk method in the {@code shinrai-risk-method/1} YAML format (docs/risk-method-format.md). A file with any
 * problem is refused whole, with every problem and its field in Japanese and English.
 */
public final class RiskMethodReader {

    public static final String FORMAT = "shinrai-risk-method/1";
    /** A method is a few dozen lines; this keeps a hostile file from taking the memory. */
    public static final int MAX_BYTES = 64 * 1024;

    static final LocalizedText CONFIDENTIALITY = new LocalizedText("資産価値（機密性）", "asset value (confidentiality)");
    static final LocalizedText INTEGRITY = new LocalizedText("資産価値（完全性）", "asset value (integrity)");
    static final LocalizedText AVAILABILITY = new LocalizedText("資産価値（可用性）", "asset value (availability)");
    static final LocalizedText THREAT = new LocalizedText("脅威", "threat");
    static final LocalizedText VULNERABILITY = new LocalizedText("脆弱性", "vulnerability");
    static final LocalizedText LIKELIHOOD = new LocalizedText("発生可能性", "likelihood");

    public RiskMethod read(InputStream in) throws IOException {
        return read(in.readNBytes(MAX_BYTES + 1));
    }

    /** @throws InvalidRiskDataException with every problem of the file */
    public RiskMethod read(byte[] yaml) {
        YamlFields fields = new YamlFields();
        JsonNode root = fields.parse(yaml, MAX_BYTES, FORMAT);
        RiskMethod method = root == null ? null : method(root, fields);
        if (!fields.problems.isEmpty()) {
            throw new InvalidRiskDataException(fields.problems);
        }
        return method;
    }

    /** The method a node holds, its problems to {@code fields}; null when it has any. */
    static RiskMethod method(JsonNode root, YamlFields fields) {
        fields.allowOnly(root, "", "format", "id", "version", "title", "scales", "formula", "acceptance");
        String id = fields.text(root, "id", "");
        String version = fields.text(root, "version", "");
        LocalizedText title = fields.localized(root, "title", "");
        List<Scale> scales = scales(root, fields);
        Formula formula = formula(root, fields);
        JsonNode acceptance = fields.mapping(root, "acceptance", "");
        AcceptanceThresholds thresholds = null;
        if (acceptance != null) {
            fields.allowOnly(acceptance, "acceptance", "acceptUpTo", "manageUpTo");
            Integer accept = fields.integer(acceptance, "acceptUpTo", "acceptance");
            Integer manage = fields.integer(acceptance, "manageUpTo", "acceptance");
            if (accept != null && manage != null) {
                thresholds = fields.build("acceptance", () -> new AcceptanceThresholds(accept, manage));
            }
        }
        if (!fields.problems.isEmpty()) {
            return null;
        }
        AcceptanceThresholds acceptanceThresholds = thresholds;
        return fields.build("", () -> new RiskMethod(id, version, title, scales.get(0), scales.get(1), scales.get(2),
                scales.get(3), scales.get(4), formula, acceptanceThresholds));
    }

    /** Confidentiality, integrity, availability, threat and vulnerability, in that order. */
    private static List<Scale> scales(JsonNode root, YamlFields fields) {
        JsonNode scales = fields.mapping(root, "scales", "");
        if (scales == null) {
            return List.of();
        }
        fields.allowOnly(scales, "scales", "confidentiality", "integrity", "availability", "threat", "vulnerability");
        List<Scale> read = new ArrayList<>();
        read.add(scale(scales, "confidentiality", "scales", CONFIDENTIALITY, fields));
        read.add(scale(scales, "integrity", "scales", INTEGRITY, fields));
        read.add(scale(scales, "availability", "scales", AVAILABILITY, fields));
        read.add(scale(scales, "threat", "scales", THREAT, fields));
        read.add(scale(scales, "vulnerability", "scales", VULNERABILITY, fields));
        return read;
    }

    private static Scale scale(JsonNode node, String field, String path, LocalizedText name, YamlFields fields) {
        List<LocalizedText> labels = new ArrayList<>();
        for (YamlFields.Entry entry : fields.list(node, field, path, true)) {
            labels.add(fields.localized(entry.node(), entry.path()));
        }
        if (labels.isEmpty() || labels.contains(null)) {
            return null;
        }
        return fields.build(YamlFields.at(path, field), () -> Scale.of(name, labels));
    }

    private static Formula formula(JsonNode root, YamlFields fields) {
        JsonNode formula = fields.mapping(root, "formula", "");
        if (formula == null) {
            return null;
        }
        String kind = fields.text(formula, "kind", "formula");
        if ("multiplicative".equals(kind)) {
            fields.allowOnly(formula, "formula", "kind");
            return new MultiplicativeFormula();
        }
        if (!"ipa".equals(kind)) {
            if (kind != null) {
                fields.problem("formula.kind", "「ipa」か「multiplicative」にしてください（「" + kind + "」）。",
                        "must be 'ipa' or 'multiplicative', not '" + kind + "'");
            }
            return null;
        }
        fields.allowOnly(formula, "formula", "kind", "likelihood", "table");
        Scale likelihood = scale(formula, "likelihood", "formula", LIKELIHOOD, fields);
        List<List<Integer>> table = new ArrayList<>();
        for (YamlFields.Entry row : fields.list(formula, "table", "formula", true)) {
            if (!row.node().isArray()) {
                fields.problem(row.path(), "[1, 1, 2] のような整数のリストにしてください。",
                        "must be a list of whole numbers such as [1, 1, 2]");
                continue;
            }
            List<Integer> values = new ArrayList<>();
            for (JsonNode value : row.node()) {
                if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                    fields.problem(row.path(), "整数だけにしてください。", "must hold whole numbers only");
                    break;
                }
                values.add(value.intValue());
            }
            table.add(values);
        }
        if (likelihood == null || table.isEmpty()) {
            return null;
        }
        return fields.build("formula.table", () -> new IpaFormula(likelihood, table));
    }
}
