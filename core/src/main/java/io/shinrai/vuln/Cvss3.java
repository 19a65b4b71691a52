package io.shinrai.vuln;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * CVSS v3 as CSAF and the advisories give it: the vector's form, its base score computed, and the severity rating
 * of a score.
 */
public final class Cvss3 {

    /** The CVSS v3.x JSON schema's pattern for the vector string (base, temporal and environmental metrics). */
    static final Pattern VECTOR = Pattern.compile("^CVSS:3[.][01]/((AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]"
            + "|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]"
            + "|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])/)*(AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]"
            + "|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]"
            + "|MS:[XUC]|M[CIA]:[XNLH])$");

    /** Vector keys and the names the CVSS JSON schema gives their properties, with each value's full word. */
    static final Map<String, String> PROPERTIES = new LinkedHashMap<>();
    static final Map<String, Map<String, String>> VALUES = new LinkedHashMap<>();

    static {
        property("AV", "attackVector", "N", "NETWORK", "A", "ADJACENT_NETWORK", "L", "LOCAL", "P", "PHYSICAL");
        property("AC", "attackComplexity", "L", "LOW", "H", "HIGH");
        property("PR", "privilegesRequired", "N", "NONE", "L", "LOW", "H", "HIGH");
        property("UI", "userInteraction", "N", "NONE", "R", "REQUIRED");
        property("S", "scope", "U", "UNCHANGED", "C", "CHANGED");
        property("C", "confidentialityImpact", "N", "NONE", "L", "LOW", "H", "HIGH");
        property("I", "integrityImpact", "N", "NONE", "L", "LOW", "H", "HIGH");
        property("A", "availabilityImpact", "N", "NONE", "L", "LOW", "H", "HIGH");
    }

    private Cvss3() {
    }

    private static void property(String key, String name, String... values) {
        PROPERTIES.put(key, name);
        Map<String, String> words = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            words.put(values[i], values[i + 1]);
        }
        VALUES.put(key, words);
    }

    /**
     * The base score of a CVSS v3.0 or v3.1 vector, by the formula of the CVSS v3.1 specification (section 7.1, with
     * its round-up); empty for a vector without all eight base metrics.
     */
    public static OptionalDouble baseScore(String vector) {
        if (!VECTOR.matcher(vector).matches()) {
            return OptionalDouble.empty();
        }
        Map<String, String> m = metrics(vector);
        if (!m.keySet().containsAll(PROPERTIES.keySet())) {
            return OptionalDouble.empty();
        }
        boolean changed = m.get("S").equals("C");
        double attackVector = switch (m.get("AV")) {
            case "N" -> 0.85;
            case "A" -> 0.62;
            case "L" -> 0.55;
            default -> 0.2;
        };
        double complexity = m.get("AC").equals("L") ? 0.77 : 0.44;
        double privileges = switch (m.get("PR")) {
            case "N" -> 0.85;
            case "L" -> changed ? 0.68 : 0.62;
            default -> changed ? 0.5 : 0.27;
        };
        double interaction = m.get("UI").equals("N") ? 0.85 : 0.62;
        double iss = 1 - (1 - impact(m.get("C"))) * (1 - impact(m.get("I"))) * (1 - impact(m.get("A")));
        double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
        double exploitability = 8.22 * attackVector * complexity * privileges * interaction;
        if (impact <= 0) {
            return OptionalDouble.of(0);
        }
        return OptionalDouble.of(roundUp(Math.min((changed ? 1.08 : 1) * (impact + exploitability), 10)));
    }

    private static double impact(String value) {
        return switch (value) {
            case "H" -> 0.56;
            case "L" -> 0.22;
            default -> 0;
        };
    }

    /** CVSS v3.1 Appendix A: the smallest number of one decimal at or above, free of floating-point error. */
    private static double roundUp(double value) {
        long scaled = Math.round(value * 100_000);
        return scaled % 10_000 == 0 ? scaled / 100_000.0 : (Math.floor(scaled / 10_000.0) + 1) / 10.0;
    }

    /** The qualitative severity rating of CVSS v3 for a base score. */
    public static String severity(double score) {
        if (score == 0) {
            return "NONE";
        }
        if (score < 4) {
            return "LOW";
        }
        if (score < 7) {
            return "MEDIUM";
        }
        return score < 9 ? "HIGH" : "CRITICAL";
    }

    /** The vector's metrics by key, e.g. AV to N. */
    static Map<String, String> metrics(String vector) {
        Map<String, String> metrics = new LinkedHashMap<>();
        String[] parts = vector.split("/");
        for (int i = 1; i < parts.length; i++) {
            int colon = parts[i].indexOf(':');
            if (colon > 0) {
                metrics.put(parts[i].substring(0, colon), parts[i].substring(colon + 1));
            }
        }
        return metrics;
    }
}
