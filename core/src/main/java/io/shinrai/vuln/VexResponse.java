package io.shinrai.vuln;

import java.util.Optional;

/**
 * What the vendor does or advises about an affected product: CycloneDX's responses, each with the CSAF 2.0
 * remediation category it is written as. CSAF's {@code mitigation} reads as a workaround, so a rollback written
 * to CSAF comes back as one.
 */
public enum VexResponse {
    CAN_NOT_FIX("can_not_fix", "none_available"),
    WILL_NOT_FIX("will_not_fix", "no_fix_planned"),
    UPDATE("update", "vendor_fix"),
    ROLLBACK("rollback", "mitigation"),
    WORKAROUND_AVAILABLE("workaround_available", "workaround");

    private final String cycloneDx;
    private final String csafCategory;

    VexResponse(String cycloneDx, String csafCategory) {
        this.cycloneDx = cycloneDx;
        this.csafCategory = csafCategory;
    }

    public String cycloneDx() {
        return cycloneDx;
    }

    public String csafCategory() {
        return csafCategory;
    }

    public static Optional<VexResponse> ofCycloneDx(String response) {
        for (VexResponse value : values()) {
            if (value.cycloneDx.equals(response)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    public static Optional<VexResponse> ofCsafCategory(String category) {
        if ("mitigation".equals(category)) {
            return Optional.of(WORKAROUND_AVAILABLE);
        }
        for (VexResponse value : values()) {
            if (value.csafCategory.equals(category)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
