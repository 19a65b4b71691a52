package io.shinrai.vuln;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks a CSAF 2.0 document: the part of the JSON schema's required structure that every document must have
 * (document, publisher, tracking and revision history, their kinds and enumerations), and these mandatory tests of
 * section 6.1: 6.1.1 to 6.1.8; 6.1.9 for the CVSS v3 base score and severity; 6.1.10; 6.1.11 only as the form of
 * the CWE id, since the CWE list is not shipped; 6.1.13, 6.1.14, 6.1.16 to 6.1.18, 6.1.21 to 6.1.23; the profile
 * tests 6.1.27.4 to 6.1.27.11 of csaf_security_advisory and csaf_vex; 6.1.29 to 6.1.33. Not checked: CVSS v2,
 * temporal and environmental scores, 6.1.12 and 6.1.28 (language, translation), 6.1.15 (translator), 6.1.19 and
 * 6.1.20 (pre-release numbers), 6.1.24 to 6.1.26, and the profiles of the other categories. An empty list means
 * the document passes every check made.
 */
public final class CsafValidator {

    static final Set<String> PUBLISHER_CATEGORIES = Set.of("coordinator", "discoverer", "other", "translator",
            "user", "vendor");

    private CsafValidator() {
    }

    public static List<CsafProblem> validate(byte[] json) {
        JsonNode root;
        try {
            root = AdvisoryJson.tree(json, "CSAF");
        } catch (UnreadableAdvisoryException unreadable) {
            return List.of(new CsafProblem(CsafTest.SCHEMA, "", unreadable.reason().en()));
        }
        List<CsafProblem> problems = new ArrayList<>();
        structure(root, problems);
        CsafProductChecks.check(root, problems);
        CsafRevisionChecks.check(root.path("document").path("tracking"), problems);
        CsafVulnerabilityChecks.check(root, problems);
        return problems;
    }

    private static void structure(JsonNode root, List<CsafProblem> problems) {
        JsonNode document = root.path("document");
        text(document, "/document", "category", problems);
        if (!"2.0".equals(AdvisoryJson.text(document.path("csaf_version")))) {
            problems.add(new CsafProblem(CsafTest.SCHEMA, "/document/csaf_version",
                    String.valueOf(document.path("csaf_version").asString(""))));
        }
        text(document, "/document", "title", problems);
        JsonNode publisher = document.path("publisher");
        String category = text(publisher, "/document/publisher", "category", problems);
        if (category != null && !PUBLISHER_CATEGORIES.contains(category)) {
            problems.add(new CsafProblem(CsafTest.SCHEMA, "/document/publisher/category", category));
        }
        text(publisher, "/document/publisher", "name", problems);
        text(publisher, "/document/publisher", "namespace", problems);
        JsonNode tlp = document.path("distribution").path("tlp").path("label");
        if (!tlp.isMissingNode() && !Set.of("AMBER", "GREEN", "RED", "WHITE").contains(tlp.asString(""))) {
            problems.add(new CsafProblem(CsafTest.SCHEMA, "/document/distribution/tlp/label", tlp.toString()));
        }
        JsonNode tracking = document.path("tracking");
        for (String field : List.of("current_release_date", "initial_release_date")) {
            String date = text(tracking, "/document/tracking", field, problems);
            if (date != null && !CsafRevisionChecks.isDate(date)) {
                problems.add(new CsafProblem(CsafTest.SCHEMA, "/document/tracking/" + field, date));
            }
        }
        text(tracking, "/document/tracking", "id", problems);
        String status = text(tracking, "/document/tracking", "status", problems);
        if (status != null && !Set.of("draft", "final", "interim").contains(status)) {
            problems.add(new CsafProblem(CsafTest.SCHEMA, "/document/tracking/status", status));
        }
        String version = text(tracking, "/document/tracking", "version", problems);
        if (version != null && RevisionNumber.parse(version).isEmpty()) {
            problems.add(new CsafProblem(CsafTest.SCHEMA, "/document/tracking/version", version));
        }
        JsonNode history = tracking.path("revision_history");
        if (!history.isArray() || history.isEmpty()) {
            problems.add(new CsafProblem(CsafTest.SCHEMA, "/document/tracking/revision_history", "missing"));
        }
        int i = 0;
        for (JsonNode revision : history.values()) {
            String at = "/document/tracking/revision_history/" + i++;
            String date = text(revision, at, "date", problems);
            if (date != null && !CsafRevisionChecks.isDate(date)) {
                problems.add(new CsafProblem(CsafTest.SCHEMA, at + "/date", date));
            }
            String number = text(revision, at, "number", problems);
            if (number != null && RevisionNumber.parse(number).isEmpty()) {
                problems.add(new CsafProblem(CsafTest.SCHEMA, at + "/number", number));
            }
            text(revision, at, "summary", problems);
        }
    }

    /** The text of a required field, or null and a problem when it is absent, empty or not text. */
    static String text(JsonNode parent, String at, String field, List<CsafProblem> problems) {
        String text = AdvisoryJson.text(parent.path(field));
        if (text == null || text.isEmpty()) {
            problems.add(new CsafProblem(CsafTest.SCHEMA, at + "/" + field, "missing"));
            return null;
        }
        return text;
    }
}
