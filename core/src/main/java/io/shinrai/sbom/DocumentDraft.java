package io.shinrai.sbom;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The document's own fields while they are read, wherever in the file they stand. */
final class DocumentDraft {

    /** Authors, tools and described refs beyond this many make the file too large to take. */
    static final int MAX_ENTRIES = 1000;

    private final SbomFormat format;
    String specVersion;
    String serialNumber;
    String name;
    OffsetDateTime timestamp;
    Component product;
    private final List<String> authors = new ArrayList<>();
    private final List<String> tools = new ArrayList<>();
    private final List<String> describes = new ArrayList<>();

    DocumentDraft(SbomFormat format) {
        this.format = format;
    }

    void timestamp(String text, ProblemPlace at, Problems problems) throws InvalidSbomException {
        if (text == null) {
            return;
        }
        try {
            timestamp = OffsetDateTime.parse(text);
        } catch (DateTimeParseException unreadable) {
            problems.add(at, SbomProblem.Kind.INVALID_VALUE, text);
        }
    }

    void author(String author, ProblemPlace at, Problems problems) throws InvalidSbomException {
        add(authors, author, "authors", at, problems);
    }

    void tool(String tool, ProblemPlace at, Problems problems) throws InvalidSbomException {
        add(tools, tool, "tools", at, problems);
    }

    /** SPDX names the described elements twice over, in a list and as relationships; each is kept once. */
    void describes(String ref, ProblemPlace at, Problems problems) throws InvalidSbomException {
        if (!isDescribed(ref)) {
            add(describes, ref, "described elements", at, problems);
        }
    }

    boolean isDescribed(String ref) {
        return ref != null && describes.contains(ref);
    }

    /** SPDX 3: a document's root element may be its SBOM, which is not described but describes in turn. */
    void notDescribed(Collection<String> refs) {
        describes.removeAll(refs);
    }

    List<String> described() {
        return List.copyOf(describes);
    }

    private static void add(List<String> list, String value, String what, ProblemPlace at, Problems problems)
            throws InvalidSbomException {
        if (value == null || value.isBlank()) {
            return;
        }
        if (list.size() == MAX_ENTRIES) {
            problems.add(at, SbomProblem.Kind.TOO_LARGE, MAX_ENTRIES + " " + what);
        } else {
            list.add(value.strip());
        }
    }

    SbomDocument build() {
        return new SbomDocument(format, specVersion, serialNumber, name, timestamp, authors, tools, product,
                describes);
    }
}
