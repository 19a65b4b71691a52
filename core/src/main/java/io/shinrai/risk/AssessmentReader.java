package io.shinrai.risk;

import io.shinrai.catalog.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads an assessment in the {@code shinrai-risk-assessment/1} YAML format, the form of the shipped template and
 * worked samples. The method is named by id and copied into the assessment; the catalogue is written out in full, or
 * left out for the built-in one. A file with any problem is refused whole, with every problem in Japanese and
 * English.
 */
public final class AssessmentReader {

    public static final String FORMAT = "shinrai-risk-assessment/1";
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private final RiskMethodLibrary methods;
    private final AssessmentVocabulary vocabulary;

    public AssessmentReader(RiskMethodLibrary methods, AssessmentVocabulary vocabulary) {
        this.methods = methods;
        this.vocabulary = vocabulary;
    }

    public Assessment read(InputStream in) throws IOException {
        return read(in.readNBytes(MAX_BYTES + 1));
    }

    /** @throws InvalidRiskDataException with every problem of the file */
    public Assessment read(byte[] yaml) {
        YamlFields fields = new YamlFields();
        JsonNode root = fields.parse(yaml, MAX_BYTES, FORMAT);
        Assessment assessment = root == null ? null : assessment(root, fields);
        if (assessment != null) {
            try {
                vocabulary.check(assessment);
            } catch (InvalidRiskDataException refused) {
                fields.problems.addAll(refused.problems());
            }
        }
        if (!fields.problems.isEmpty()) {
            throw new InvalidRiskDataException(fields.problems);
        }
        return assessment;
    }

    private Assessment assessment(JsonNode root, YamlFields fields) {
        fields.allowOnly(root, "", "format", "id", "version", "title", "service", "hospital", "method", "catalogue",
                "state", "rows", "notApplicable");
        String id = fields.text(root, "id", "");
        Integer version = fields.integer(root, "version", "");
        LocalizedText title = fields.localized(root, "title", "");
        String service = fields.text(root, "service", "");
        String hospital = fields.optionalText(root, "hospital");
        RiskMethod method = method(root, fields);
        RiskCatalogue catalogue = catalogue(root, fields);
        AssessmentState state = named(AssessmentState.class, fields.text(root, "state", ""), "state", fields);
        List<RiskRow> rows = new ArrayList<>();
        for (YamlFields.Entry entry : fields.list(root, "rows", "", false)) {
            RiskRow row = row(entry, fields);
            if (row != null) {
                rows.add(row);
            }
        }
        Map<String, LocalizedText> notApplicable = new LinkedHashMap<>();
        for (YamlFields.Entry entry : fields.list(root, "notApplicable", "", false)) {
            JsonNode node = entry.node();
            fields.allowOnly(node, entry.path(), "control", "reason");
            String control = fields.text(node, "control", entry.path());
            LocalizedText reason = fields.localized(node, "reason", entry.path());
            if (control != null && reason != null) {
                notApplicable.put(control, reason);
            }
        }
        if (!fields.problems.isEmpty()) {
            return null;
        }
        return fields.build("", () -> new Assessment(id, version, title, service, hospital, method, catalogue,
                state, rows, notApplicable));
    }

    /** The frozen copy written out in full, or a built-in method named by id, as templates do. */
    private RiskMethod method(JsonNode root, YamlFields fields) {
        JsonNode node = root.get("method");
        if (node != null && node.isObject()) {
            return fields.nested(node, "method", RiskMethodReader::method);
        }
        String methodId = fields.text(root, "method", "");
        RiskMethod method = methodId == null ? null : methods.find(methodId).orElse(null);
        if (methodId != null && method == null) {
            String known = String.join(", ", methods.all().stream().map(RiskMethod::id).toList());
            fields.problem("method", "方法「" + methodId + "」はありません（あるもの: " + known + "）。",
                    "there is no method \"" + methodId + "\" (known: " + known + ")");
        }
        return method;
    }

    /** The frozen copy written out in full; the built-in catalogue when there is none, as in templates. */
    private static RiskCatalogue catalogue(JsonNode root, YamlFields fields) {
        JsonNode node = root.get("catalogue");
        if (node == null) {
            return RiskCatalogue.remoteMaintenance();
        }
        if (!node.isObject()) {
            fields.problem("catalogue", "カタログの全体（id, version, title, assets, threats, vulnerabilities）を書いてください。",
                    "must be the whole catalogue (id, version, title, assets, threats, vulnerabilities)");
            return null;
        }
        return fields.nested(node, "catalogue", RiskCatalogue::catalogue);
    }

    private static RiskRow row(YamlFields.Entry entry, YamlFields fields) {
        JsonNode node = entry.node();
        String path = entry.path();
        if (!node.isObject()) {
            fields.problem(path, "マッピングにしてください。", "must be a mapping");
            return null;
        }
        fields.allowOnly(node, path, "id", "asset", "value", "threat", "vulnerability", "inherent", "controls",
                "residual", "responsibility", "treatment", "owner", "due");
        String id = fields.text(node, "id", path);
        String asset = fields.text(node, "asset", path);
        JsonNode value = fields.mapping(node, "value", path);
        AssetValue assetValue = null;
        if (value != null) {
            fields.allowOnly(value, path + ".value", "c", "i", "a");
            Integer c = fields.integer(value, "c", path + ".value");
            Integer i = fields.integer(value, "i", path + ".value");
            Integer a = fields.integer(value, "a", path + ".value");
            assetValue = c == null || i == null || a == null ? null : new AssetValue(c, i, a);
        }
        String threat = fields.text(node, "threat", path);
        String vulnerability = fields.text(node, "vulnerability", path);
        Exposure inherent = exposure(node, "inherent", path, fields);
        Exposure residual = exposure(node, "residual", path, fields);
        List<Control> controls = new ArrayList<>();
        for (YamlFields.Entry control : fields.list(node, "controls", path, false)) {
            if (!control.node().isValueNode() || control.node().asString().isBlank()) {
                fields.problem(control.path(), "\"8.5\" や \"rss-sds:3.2\" のように書いてください。",
                        "must be written as \"8.5\" or \"rss-sds:3.2\"");
            } else {
                controls.add(Control.parse(control.node().asString()));
            }
        }
        Responsibility responsibility = named(Responsibility.class, fields.text(node, "responsibility", path),
                path + ".responsibility", fields);
        Treatment treatment = named(Treatment.class, fields.text(node, "treatment", path), path + ".treatment",
                fields);
        String owner = fields.optionalText(node, "owner");
        LocalDate due = null;
        String dueText = fields.optionalText(node, "due");
        if (dueText != null) {
            try {
                due = LocalDate.parse(dueText);
            } catch (DateTimeParseException e) {
                fields.problem(path + ".due", "「" + dueText + "」は 2027-03-31 のような日付ではありません。",
                        "\"" + dueText + "\" is not a date such as 2027-03-31");
            }
        }
        if (id == null || asset == null || assetValue == null || threat == null || vulnerability == null
                || inherent == null || residual == null || responsibility == null || treatment == null) {
            return null;
        }
        return new RiskRow(id, asset, assetValue, threat, vulnerability, inherent, controls, residual,
                responsibility, treatment, owner == null ? "" : owner, due);
    }

    private static Exposure exposure(JsonNode node, String field, String path, YamlFields fields) {
        JsonNode levels = fields.mapping(node, field, path);
        if (levels == null) {
            return null;
        }
        String where = YamlFields.at(path, field);
        fields.allowOnly(levels, where, "threat", "vulnerability");
        Integer threat = fields.integer(levels, "threat", where);
        Integer vulnerability = fields.integer(levels, "vulnerability", where);
        return threat == null || vulnerability == null ? null : new Exposure(threat, vulnerability);
    }

    /** An enum constant by its lower-case name, as the files write them. */
    static <E extends Enum<E>> E named(Class<E> type, String text, String path, YamlFields fields) {
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (RiskYamlWriter.name(constant).equals(text)) {
                return constant;
            }
        }
        List<String> names = Arrays.stream(type.getEnumConstants())
                .map(RiskYamlWriter::name).toList();
        fields.problem(path, "「" + text + "」は使えません（" + String.join(", ", names) + "）。",
                "\"" + text + "\" is not one of " + String.join(", ", names));
        return null;
    }
}
