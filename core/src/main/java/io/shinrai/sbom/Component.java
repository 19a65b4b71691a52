package io.shinrai.sbom;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One component of an SBOM. {@code ref} is its bom-ref (CycloneDX) or SPDXID, the name relationships use;
 * {@code type} is the CycloneDX component type ({@code library}, {@code firmware}, ...) or the SPDX primary package
 * purpose spelled the same way;
 * {@code supplier} is the CycloneDX supplier's name (or the publisher where no supplier is given) or the SPDX
 * package supplier without its {@code Organization:}/{@code Person:} prefix. {@code purl} and {@code cpe} are as
 * written; {@link #packageUrl()} parses the first. Any field but {@code name} may be null, lists are never null.
 * {@code supportLevel} and {@code endOfSupport} come from the CycloneDX properties {@value SupportLevel#PROPERTY}
 * and {@value #END_OF_SUPPORT_PROPERTY}; SPDX 2.3 gives the end of support as a package's valid-until date.
 */
public record Component(String ref, String type, String group, String name, String version, String supplier,
        String purl, String cpe, String swidTagId, List<Hash> hashes, List<String> licences,
        SupportLevel supportLevel, LocalDate endOfSupport) {

    /** The CycloneDX property taxonomy's name for the date on which the manufacturer ceases all support. */
    public static final String END_OF_SUPPORT_PROPERTY = "cdx:lifecycle:milestone:endOfSupport";

    public Component {
        hashes = List.copyOf(hashes);
        licences = List.copyOf(licences);
    }

    /** The package URL the advisories are matched by, when the component has one that can be read. */
    public Optional<PackageURL> packageUrl() {
        if (purl == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PackageURL(purl));
        } catch (MalformedPackageURLException unreadable) {
            return Optional.empty();
        }
    }

    /** Whether something names the component beyond this file: a package URL, a CPE or a SWID tag. */
    public boolean hasUniqueIdentifier() {
        return purl != null || cpe != null || swidTagId != null;
    }

    /** Name and version as people write them, with the group (Maven group, npm scope) in front when there is one. */
    public String displayName() {
        String full = group == null ? name : group + "/" + name;
        return version == null ? full : full + "@" + version;
    }
}
