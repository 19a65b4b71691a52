package io.shinrai.server.securityadvisory;

import io.shinrai.vuln.CsafAdvisory;
import io.shinrai.vuln.VexResponse;
import java.util.List;

/**
 * What the team writes in an advisory's form, before it is checked: vectors, CVE and package URL as text, blank when
 * not given; {@code remedy} null for none.
 */
public record AdvisoryDraft(CsafAdvisory.Category category, String title, String description, String cve,
                            String cvss31, String cvss4, String componentPurl, CsafAdvisory.Tlp tlp,
                            VexResponse remedy, String remedyDetails, String remedyUrl,
                            List<VersionStatement> versions) {

    public AdvisoryDraft {
        versions = List.copyOf(versions);
    }
}
