package io.shinrai.sbom;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A component while its fields are read, in whatever order the file gives them. */
final class ComponentDraft {

    /** Hashes, licences and the like beyond this many on one component make the file too large to take. */
    static final int MAX_ENTRIES = 100;
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{8,256}");

    private final ProblemPlace place;
    String ref;
    String type;
    String group;
    String name;
    String version;
    String supplier;
    String publisher;
    String purl;
    String cpe;
    String swidTagId;
    private final List<Hash> hashes = new ArrayList<>();
    private final List<String> licences = new ArrayList<>();
    private SupportLevel supportLevel;
    private LocalDate endOfSupport;

    ComponentDraft(ProblemPlace place) {
        this.place = place;
    }

    ProblemPlace place() {
        return place;
    }

    void hash(String algorithm, String value, ProblemPlace at, Problems problems) throws InvalidSbomException {
        if (value == null || !HEX.matcher(value).matches()) {
            problems.add(at, SbomProblem.Kind.INVALID_VALUE, String.valueOf(value));
        } else if (hashes.size() == MAX_ENTRIES) {
            problems.add(at, SbomProblem.Kind.TOO_LARGE, MAX_ENTRIES + " hashes");
        } else {
            hashes.add(new Hash(algorithm, value.toLowerCase(Locale.ROOT)));
        }
    }

    void licence(String licence, ProblemPlace at, Problems problems) throws InvalidSbomException {
        if (licences.size() == MAX_ENTRIES) {
            problems.add(at, SbomProblem.Kind.TOO_LARGE, MAX_ENTRIES + " licences");
        } else if (licence != null && !licence.isBlank()) {
            licences.add(licence);
        }
    }

    /** Takes the lifecycle properties this import understands and leaves any other property alone. */
    void property(String key, String value, ProblemPlace at, Problems problems) throws InvalidSbomException {
        if (SupportLevel.PROPERTY.equals(key)) {
            supportLevel(value, at, problems);
        } else if (Component.END_OF_SUPPORT_PROPERTY.equals(key)) {
            endOfSupport(value, at, problems);
        }
    }

    /** The support level in SPDX 3's words, from a CycloneDX property or an SPDX 3 artifact. */
    void supportLevel(String value, ProblemPlace at, Problems problems) throws InvalidSbomException {
        supportLevel = value == null ? null : SupportLevel.parse(value).orElse(null);
        if (supportLevel == null) {
            problems.add(at, SbomProblem.Kind.INVALID_VALUE, String.valueOf(value));
        }
    }

    SupportLevel supportLevel() {
        return supportLevel;
    }

    /**
     * The day support ends: CycloneDX's endOfSupport property, SPDX 2.3's valid-until date, SPDX 3's valid-until
     * time of an artifact whose support is ending.
     */
    void endOfSupport(String value, ProblemPlace at, Problems problems) throws InvalidSbomException {
        endOfSupport = value == null ? null : dateOf(value);
        if (endOfSupport == null) {
            problems.add(at, SbomProblem.Kind.INVALID_VALUE, String.valueOf(value));
        }
    }

    /** The taxonomy allows a date or a timestamp; the day is what counts for support. */
    private static LocalDate dateOf(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** The component, or null when the name it must have is missing (which is then a problem). */
    Component build(ProblemPlace missingNameAt, Problems problems) throws InvalidSbomException {
        if (name == null) {
            problems.add(missingNameAt, SbomProblem.Kind.MISSING, "name");
            return null;
        }
        return new Component(ref, type, group, name, version, supplier != null ? supplier : publisher, purl, cpe,
                swidTagId, hashes, licences, supportLevel, endOfSupport);
    }
}
