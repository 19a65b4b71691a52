package io.shinrai.vuln;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CVSS v3 as CSAF documents carry it, in the CVSS v3.x JSON schema: the vector's form and the properties that repeat
 * its metrics in words, so that a document's vector and properties can be checked against each other. Scores are
 * {@link CvssRating}'s.
 */
final class CvssV3Json {

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

    private CvssV3Json() {
    }

    private static void property(String key, String name, String... values) {
        PROPERTIES.put(key, name);
        Map<String, String> words = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            words.put(values[i], values[i + 1]);
        }
        VALUES.put(key, words);
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
