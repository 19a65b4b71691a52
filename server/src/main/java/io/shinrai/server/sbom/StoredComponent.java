package io.shinrai.server.sbom;

import io.shinrai.sbom.SupportLevel;
import java.time.LocalDate;

/**
 * One component of a stored SBOM, in file order ({@code seq}), with its support level and end of support as the
 * file gave them or the manufacturer set them since.
 */
public record StoredComponent(long id, int seq, String ref, String type, String group, String name, String version,
                              String supplier, String purl, String cpe, SupportLevel supportLevel,
                              LocalDate endOfSupport) {

    public String displayName() {
        String full = group == null ? name : group + "/" + name;
        return version == null ? full : full + "@" + version;
    }

    /** No longer supported on {@code today}: its supplier says so, or its end of support has passed. */
    public boolean pastEndOfSupport(LocalDate today) {
        return supportLevel == SupportLevel.END_OF_SUPPORT || supportLevel == SupportLevel.NO_SUPPORT
                || endOfSupport != null && endOfSupport.isBefore(today);
    }
}
