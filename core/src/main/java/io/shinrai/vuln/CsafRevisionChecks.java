package io.shinrai.vuln;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The mandatory tests of the tracking information: 6.1.14, 6.1.16 to 6.1.18, 6.1.21, 6.1.22 and 6.1.30. */
final class CsafRevisionChecks {

    private static final String HISTORY = "/document/tracking/revision_history";

    private CsafRevisionChecks() {
    }

    private record Item(int index, Instant date, String text, RevisionNumber number) {
    }

    static boolean isDate(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException malformed) {
            return false;
        }
    }

    static void check(JsonNode tracking, List<CsafProblem> problems) {
        List<Item> items = new ArrayList<>();
        int index = 0;
        for (JsonNode revision : tracking.path("revision_history").values()) {
            String date = AdvisoryJson.text(revision.path("date"));
            String number = AdvisoryJson.text(revision.path("number"));
            Optional<RevisionNumber> parsed = number == null ? Optional.empty() : RevisionNumber.parse(number);
            if (date != null && isDate(date) && parsed.isPresent()) {
                items.add(new Item(index, OffsetDateTime.parse(date).toInstant(), number, parsed.get()));
            }
            index++;
        }
        String versionText = AdvisoryJson.text(tracking.path("version"));
        Optional<RevisionNumber> version = versionText == null ? Optional.empty() : RevisionNumber.parse(versionText);
        String status = AdvisoryJson.text(tracking.path("status"));
        if (items.isEmpty() || version.isEmpty()) {
            return;
        }
        boolean semantic = version.get().semantic();
        for (Item item : items) {
            if (item.number().semantic() != semantic) {
                problems.add(new CsafProblem(CsafTest.MIXED_VERSIONING, HISTORY + "/" + item.index() + "/number",
                        item.text()));
            }
        }
        List<Item> byDate = new ArrayList<>(items);
        byDate.sort(Comparator.comparing(Item::date).thenComparing(Item::number));
        for (int i = 1; i < byDate.size(); i++) {
            if (byDate.get(i).number().compareTo(byDate.get(i - 1).number()) < 0) {
                problems.add(new CsafProblem(CsafTest.SORTED_REVISION_HISTORY,
                        HISTORY + "/" + byDate.get(i).index() + "/number", byDate.get(i).text()));
            }
        }
        Item latest = byDate.get(byDate.size() - 1);
        boolean draft = "draft".equals(status);
        RevisionNumber expected = draft ? latest.number().release() : latest.number();
        RevisionNumber actual = draft ? version.get().release() : version.get();
        if (expected.compareTo(actual) != 0) {
            problems.add(new CsafProblem(CsafTest.LATEST_DOCUMENT_VERSION, "/document/tracking/version",
                    versionText + " (latest revision: " + latest.text() + ")"));
        }
        if (version.get().isPreRelease() && !draft) {
            problems.add(new CsafProblem(CsafTest.DOCUMENT_STATUS_DRAFT, "/document/tracking/status",
                    status + " (version " + versionText + ")"));
        }
        Set<RevisionNumber> seen = new HashSet<>();
        for (Item item : items) {
            String at = HISTORY + "/" + item.index() + "/number";
            if (("final".equals(status) || "interim".equals(status)) && item.number().major() == 0) {
                problems.add(new CsafProblem(CsafTest.RELEASED_REVISION_HISTORY, at, item.text()));
            }
            if (!seen.add(item.number())) {
                problems.add(new CsafProblem(CsafTest.MULTIPLE_REVISION, at, item.text()));
            }
        }
        missingItems(items, problems);
    }

    /** Integer numbers count up by one from 0 or 1; semantic ones likewise by major version. */
    private static void missingItems(List<Item> items, List<CsafProblem> problems) {
        List<Long> majors = items.stream().map(item -> item.number().major()).distinct().sorted().toList();
        if (majors.get(0) > 1) {
            problems.add(new CsafProblem(CsafTest.MISSING_REVISION, HISTORY, "starts at " + majors.get(0)));
        }
        for (int i = 1; i < majors.size(); i++) {
            if (majors.get(i) != majors.get(i - 1) + 1) {
                problems.add(new CsafProblem(CsafTest.MISSING_REVISION, HISTORY,
                        "no revision between " + majors.get(i - 1) + " and " + majors.get(i)));
            }
        }
    }
}
