package io.shinrai.server.securityadvisory;

import io.shinrai.vuln.CsafAdvisory;
import io.shinrai.vuln.CvssRating;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * An advisory as its team writes it; what was published of it is in its revisions. {@code reportId} is the PSIRT
 * report it came from, if any; {@code componentPurl} the package, in any version, through which the products are
 * affected, if it is one of their components.
 */
public record SecurityAdvisory(UUID id, UUID organisationId, int number, String trackingId, UUID reportId,
                               CsafAdvisory.Category category, String title, String description, String cve,
                               CvssRating cvss31, CvssRating cvss4, String componentPurl, CsafAdvisory.Tlp tlp,
                               Remedy remedy, Instant createdAt, Instant updatedAt) {

    /**
     * The identifier hospitals quote, such as {@code SA-1A2B3C4D-2026-0003}. CSAF asks it to be unique for its
     * publisher only, but tools (Shinrai's advisory import among them) file advisories by it alone, so it carries the
     * start of the publisher's id as well: two publishers on one server never share one.
     */
    static String trackingId(UUID publisherId, int year, int number) {
        return "SA-%s-%d-%04d".formatted(publisherId.toString().substring(0, 8).toUpperCase(Locale.ROOT), year,
                number);
    }

    /** The document's file name as CSAF 2.0 section 5.1 derives it from the tracking id. */
    public String fileName() {
        return trackingId.toLowerCase(Locale.ROOT).replaceAll("[^+\\-a-z0-9]+", "_") + ".json";
    }
}
