package io.shinrai.sbom;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an SBOM says about itself: its format and spec version ({@code 1.6}, {@code SPDX-2.3}), its identity (the
 * CycloneDX serial number or the SPDX document namespace), when and by whom it was made, and the product it
 * describes ({@code product} when the file says it in one place, otherwise null; {@code describes} names it by
 * ref). {@code name} is the SPDX document name, null for CycloneDX.
 */
public record SbomDocument(SbomFormat format, String specVersion, String serialNumber, String name,
        OffsetDateTime timestamp, List<String> authors, List<String> tools, Component product,
        List<String> describes) {

    public SbomDocument {
        authors = List.copyOf(authors);
        tools = List.copyOf(tools);
        describes = List.copyOf(describes);
    }
}
