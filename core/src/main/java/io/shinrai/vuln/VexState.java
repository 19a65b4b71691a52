package io.shinrai.vuln;

import java.util.Locale;
import java.util.Optional;

/**
 * What a VEX statement says of a vulnerability in a product: CycloneDX's analysis states, each with the CSAF 2.0
 * product status it is written as. A product in CSAF's {@code first_affected} or {@code last_affected} is affected
 * too, and {@code first_fixed} is fixed.
 */
public enum VexState {
    IN_TRIAGE("in_triage", "under_investigation"),
    EXPLOITABLE("exploitable", "known_affected"),
    NOT_AFFECTED("not_affected", "known_not_affected"),
    FALSE_POSITIVE("false_positive", "known_not_affected"),
    RESOLVED("resolved", "fixed"),
    RESOLVED_WITH_PEDIGREE("resolved_with_pedigree", "fixed");

    private final String cycloneDx;
    private final String csaf;

    VexState(String cycloneDx, String csaf) {
        this.cycloneDx = cycloneDx;
        this.csaf = csaf;
    }

    public String cycloneDx() {
        return cycloneDx;
    }

    public String csafStatus() {
        return csaf;
    }

    /** Whether a finding the statement covers is taken off the list: the vendor says the product is not affected. */
    public boolean suppresses() {
        return this == NOT_AFFECTED || this == FALSE_POSITIVE;
    }

    /** Whether those who run the product must still act: the analysis is open or found it exploitable. */
    public boolean affects() {
        return this == IN_TRIAGE || this == EXPLOITABLE;
    }

    public static Optional<VexState> ofCycloneDx(String state) {
        for (VexState value : values()) {
            if (value.cycloneDx.equals(state)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The state of a CSAF product status category; {@code recommended} says nothing of being affected. */
    public static Optional<VexState> ofCsafStatus(String status) {
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "first_affected", "known_affected", "last_affected" -> Optional.of(EXPLOITABLE);
            case "known_not_affected" -> Optional.of(NOT_AFFECTED);
            case "first_fixed", "fixed" -> Optional.of(RESOLVED);
            case "under_investigation" -> Optional.of(IN_TRIAGE);
            default -> Optional.empty();
        };
    }
}
