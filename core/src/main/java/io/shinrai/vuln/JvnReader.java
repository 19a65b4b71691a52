package io.shinrai.vuln;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.sbom.InvalidSbomException;
import io.shinrai.sbom.SbomProblem;
import io.shinrai.sbom.XmlCursor;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads JVN iPedia advisories in MyJVN's VULDEF XML ({@code VULDEF-Document/Vulinfo}), as the MyJVN API and the JVN
 * iPedia downloads give them: one advisory per {@code Vulinfo}, its JVNDB id with the related CVE and JVN ids as
 * aliases, CVSS vectors, and each affected item's CPE (a CPE 2.2 URI, read as the CPE 2.3 name it binds to) with the
 * versions {@link JvnVersions} can read from its {@code VersionNumber}. JVN writes versions as Japanese text; an item
 * whose text cannot be read is reported and not matched, rather than matched for every version. The XML is read as a
 * stream with a document type declaration refused, so a feed of thousands of entries costs the memory of one.
 */
public final class JvnReader extends AdvisoryDocumentReader {

    /** Larger than the yearly JVN iPedia downloads. */
    public static final long MAX_FILE_BYTES = 1L << 30;

    public JvnReader() {
        super(MAX_FILE_BYTES, true);
    }

    /** Passes each readable entry to {@code sink}; a document that is not VULDEF XML at all is one problem. */
    @Override
    void readDocument(String where, InputStream in, Consumer<Advisory> sink, List<LocalizedText> problems) {
        try (XmlCursor xml = XmlCursor.open(in)) {
            xml.root();
            if (!"VULDEF-Document".equals(xml.localName())) {
                problems.add(AdvisoryRefusal.NOT_AN_ADVISORY.at(where));
                return;
            }
            int[] index = {0};
            xml.children(child -> {
                if (child.equals("Vulinfo")) {
                    String at = where + " Vulinfo[" + index[0]++ + "]";
                    vulinfo(xml, at, problems).ifPresent(sink);
                } else {
                    xml.skip();
                }
            });
        } catch (InvalidSbomException unreadable) {
            SbomProblem problem = unreadable.problems().get(unreadable.problems().size() - 1);
            AdvisoryRefusal refusal = switch (problem.kind()) {
                case DOCTYPE -> AdvisoryRefusal.DOCTYPE;
                case TOO_LARGE -> AdvisoryRefusal.TOO_LARGE;
                default -> AdvisoryRefusal.NOT_XML;
            };
            problems.add(refusal.at(where + " " + problem.place().describe().en()));
        }
    }

    /** An entry in the making, its fields in whatever order the file gives them. */
    private static final class Draft {
        String id;
        String title;
        Instant modified;
        Instant published;
        final Set<String> aliases = new LinkedHashSet<>();
        final List<Advisory.Severity> severities = new ArrayList<>();
        final List<String> references = new ArrayList<>();
        final List<CpeApplicability.Criterion> criteria = new ArrayList<>();
    }

    private static Optional<Advisory> vulinfo(XmlCursor xml, String where, List<LocalizedText> problems)
            throws InvalidSbomException {
        Draft draft = new Draft();
        xml.children(child -> {
            switch (child) {
                case "VulinfoID" -> draft.id = xml.text();
                case "VulinfoData" -> xml.children(field -> data(xml, field, draft, where, problems));
                default -> xml.skip();
            }
        });
        if (draft.id == null || draft.modified == null) {
            problems.add(AdvisoryRefusal.NOT_AN_ADVISORY.at(where));
            return Optional.empty();
        }
        draft.aliases.remove(draft.id);
        List<CpeApplicability> applicability = draft.criteria.isEmpty() ? List.of()
                : List.of(new CpeApplicability(CpeApplicability.Operator.OR, List.of(new CpeApplicability.Node(
                        CpeApplicability.Operator.OR, false, draft.criteria))));
        return Optional.of(new Advisory(draft.id, List.copyOf(draft.aliases), draft.modified,
                Optional.ofNullable(draft.published), Optional.empty(), Optional.ofNullable(draft.title).orElse(""),
                draft.severities, List.of(), applicability, draft.references));
    }

    private static void data(XmlCursor xml, String field, Draft draft, String where, List<LocalizedText> problems)
            throws InvalidSbomException {
        switch (field) {
            case "Title" -> draft.title = xml.text();
            case "DateFirstPublished" -> draft.published = instant(xml.text());
            case "DateLastUpdated" -> draft.modified = instant(xml.text());
            case "Affected" -> xml.children(item -> {
                if (item.equals("AffectedItem")) {
                    affectedItem(xml, draft, where, problems);
                } else {
                    xml.skip();
                }
            });
            case "Impact" -> xml.children(impact -> {
                if (impact.equals("Cvss")) {
                    cvss(xml, draft);
                } else {
                    xml.skip();
                }
            });
            case "Related" -> xml.children(item -> {
                if (item.equals("RelatedItem")) {
                    related(xml, draft);
                } else {
                    xml.skip();
                }
            });
            default -> xml.skip();
        }
    }

    private static void affectedItem(XmlCursor xml, Draft draft, String where, List<LocalizedText> problems)
            throws InvalidSbomException {
        List<String> cpes = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        xml.children(field -> {
            switch (field) {
                case "Cpe" -> Optional.ofNullable(xml.text()).ifPresent(cpes::add);
                case "VersionNumber" -> Optional.ofNullable(xml.text()).ifPresent(versions::add);
                default -> xml.skip();
            }
        });
        for (String text : cpes) {
            Cpe cpe;
            try {
                cpe = text.startsWith("cpe:/") ? Cpe.fromUri(text) : Cpe.parse(text);
            } catch (InvalidCpeException invalid) {
                problems.add(new LocalizedText(where + ": CPE を読めません: " + invalid.getMessage(),
                        where + ": " + invalid.getMessage()));
                continue;
            }
            if (versions.isEmpty()) {
                draft.criteria.add(new CpeApplicability.Criterion(true, cpe, Optional.empty(), Optional.empty()));
            }
            for (String version : versions) {
                Optional<VersRange.Interval> interval = JvnVersions.interval(version);
                if (interval.isPresent()) {
                    draft.criteria.add(new CpeApplicability.Criterion(true, cpe, interval.get().start(),
                            interval.get().end()));
                } else {
                    problems.add(new LocalizedText(where + " " + cpe + ": バージョンの記述を読めないため照合しません: "
                            + version, where + " " + cpe + ": the versions are not matched, their text cannot be "
                            + "read: " + version));
                }
            }
        }
    }

    private static void cvss(XmlCursor xml, Draft draft) throws InvalidSbomException {
        String version = xml.attribute("version");
        xml.children(field -> {
            if (field.equals("Vector")) {
                String vector = xml.text();
                if (vector != null) {
                    draft.severities.add(new Advisory.Severity(version != null && version.startsWith("3")
                            ? "CVSS_V3" : "CVSS_V2", vector));
                }
            } else {
                xml.skip();
            }
        });
    }

    private static void related(XmlCursor xml, Draft draft) throws InvalidSbomException {
        String type = xml.attribute("type");
        xml.children(field -> {
            switch (field) {
                case "VulinfoID" -> {
                    String id = xml.text();
                    if ("advisory".equals(type) && id != null) {
                        draft.aliases.add(id);
                    }
                }
                case "URL" -> Optional.ofNullable(xml.text()).ifPresent(draft.references::add);
                default -> xml.skip();
            }
        });
    }

    /** JVN writes dates with or without seconds ({@code 2021-12-13T17:37+09:00}); unreadable is absent. */
    private static Instant instant(String text) {
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
