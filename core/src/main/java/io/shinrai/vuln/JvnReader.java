package io.shinrai.vuln;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.sbom.InvalidSbomException;
import io.shinrai.sbom.SbomProblem;
import io.shinrai.sbom.XmlCursor;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    private static Optional<Advisory> vulinfo(XmlCursor xml, String where, List<LocalizedText> problems)
            throws InvalidSbomException {
        JvnEntry entry = new JvnEntry();
        xml.children(child -> {
            switch (child) {
                case "VulinfoID" -> entry.id = xml.text();
                case "VulinfoData" -> xml.children(field -> data(xml, field, entry, where, problems));
                default -> xml.skip();
            }
        });
        return entry.advisory(where, problems);
    }

    private static void data(XmlCursor xml, String field, JvnEntry entry, String where, List<LocalizedText> problems)
            throws InvalidSbomException {
        switch (field) {
            case "Title" -> entry.title = xml.text();
            case "DateFirstPublished" -> entry.published = JvnEntry.instant(xml.text());
            case "DateLastUpdated" -> entry.modified = JvnEntry.instant(xml.text());
            case "Affected" -> xml.children(item -> {
                if (item.equals("AffectedItem")) {
                    affectedItem(xml, entry, where, problems);
                } else {
                    xml.skip();
                }
            });
            case "Impact" -> xml.children(impact -> {
                if (impact.equals("Cvss")) {
                    cvss(xml, entry);
                } else {
                    xml.skip();
                }
            });
            case "Related" -> xml.children(item -> {
                if (item.equals("RelatedItem")) {
                    related(xml, entry);
                } else {
                    xml.skip();
                }
            });
            default -> xml.skip();
        }
    }

    private static void affectedItem(XmlCursor xml, JvnEntry entry, String where, List<LocalizedText> problems)
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
            Optional<Cpe> cpe = JvnEntry.cpe(text, where, problems);
            if (cpe.isEmpty()) {
                continue;
            }
            if (versions.isEmpty()) {
                entry.affected(cpe.get());
            }
            for (String version : versions) {
                entry.affected(cpe.get(), JvnVersions.interval(version), version, where, problems);
            }
        }
    }

    private static void cvss(XmlCursor xml, JvnEntry entry) throws InvalidSbomException {
        String version = xml.attribute("version");
        xml.children(field -> {
            if (field.equals("Vector")) {
                String vector = xml.text();
                if (vector != null) {
                    entry.severities.add(new Advisory.Severity(version != null && version.startsWith("3")
                            ? "CVSS_V3" : "CVSS_V2", vector));
                }
            } else {
                xml.skip();
            }
        });
    }

    private static void related(XmlCursor xml, JvnEntry entry) throws InvalidSbomException {
        String type = xml.attribute("type");
        xml.children(field -> {
            switch (field) {
                case "VulinfoID" -> {
                    String id = xml.text();
                    if ("advisory".equals(type) && id != null) {
                        entry.aliases.add(id);
                    }
                }
                case "URL" -> Optional.ofNullable(xml.text()).ifPresent(entry.references::add);
                default -> xml.skip();
            }
        });
    }
}
