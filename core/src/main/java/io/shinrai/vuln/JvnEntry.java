package io.shinrai.vuln;

import io.shinrai.catalog.LocalizedText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One JVN iPedia entry in the making, whether read from VULDEF XML or from MyJVN's JSON, its fields in whatever order
 * the file gives them. Both forms carry the same entry, so both readers make the same {@link Advisory} of it.
 */
final class JvnEntry {

    String id;
    String title;
    Instant modified;
    Instant published;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<Advisory.Severity> severities = new LinkedHashSet<>();
    final Set<String> references = new LinkedHashSet<>();
    private final List<CpeApplicability.Criterion> criteria = new ArrayList<>();

    /** A CPE as JVN writes it, a 2.2 URI (bound to the 2.3 name it says) or a 2.3 name; empty and reported if not. */
    static Optional<Cpe> cpe(String text, String where, List<LocalizedText> problems) {
        try {
            return Optional.of(text.startsWith("cpe:/") ? Cpe.fromUri(text) : Cpe.parse(text));
        } catch (InvalidCpeException invalid) {
            problems.add(new LocalizedText(where + ": CPE を読めません: " + invalid.getMessage(),
                    where + ": " + invalid.getMessage()));
            return Optional.empty();
        }
    }

    /** The product affected in all its versions: JVN names no versions for it. */
    void affected(Cpe cpe) {
        criteria.add(new CpeApplicability.Criterion(true, cpe, Optional.empty(), Optional.empty()));
    }

    /** The product affected within the interval read from {@code text}; reported and not matched when none was. */
    void affected(Cpe cpe, Optional<VersRange.Interval> interval, String text, String where,
            List<LocalizedText> problems) {
        if (interval.isPresent()) {
            criteria.add(new CpeApplicability.Criterion(true, cpe, interval.get().start(), interval.get().end()));
        } else {
            problems.add(new LocalizedText(where + " " + cpe + ": バージョンの記述を読めないため照合しません: " + text,
                    where + " " + cpe + ": the versions are not matched, their text cannot be read: " + text));
        }
    }

    /** The advisory, or empty (and a problem) when the entry has no id or no date of its last update. */
    Optional<Advisory> advisory(String where, List<LocalizedText> problems) {
        if (id == null || id.isBlank() || modified == null) {
            problems.add(AdvisoryRefusal.NOT_AN_ADVISORY.at(where));
            return Optional.empty();
        }
        aliases.remove(id);
        List<CpeApplicability> applicability = criteria.isEmpty() ? List.of()
                : List.of(new CpeApplicability(CpeApplicability.Operator.OR, List.of(new CpeApplicability.Node(
                        CpeApplicability.Operator.OR, false, criteria))));
        return Optional.of(new Advisory(id, List.copyOf(aliases), modified, Optional.ofNullable(published),
                Optional.empty(), Optional.ofNullable(title).orElse(""), List.copyOf(severities), List.of(),
                applicability, List.copyOf(references)));
    }

    /** JVN writes dates with or without seconds ({@code 2021-12-13T17:37+09:00}); unreadable is absent. */
    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }
}
