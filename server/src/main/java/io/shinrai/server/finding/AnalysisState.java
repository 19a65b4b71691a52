package io.shinrai.server.finding;

/**
 * Where the manufacturer's analysis of a finding stands, in CycloneDX's analysis states, each with the CSAF 2.0
 * product status it is published as.
 */
public enum AnalysisState {
    IN_TRIAGE(CsafStatus.UNDER_INVESTIGATION),
    EXPLOITABLE(CsafStatus.KNOWN_AFFECTED),
    NOT_AFFECTED(CsafStatus.KNOWN_NOT_AFFECTED),
    FALSE_POSITIVE(CsafStatus.KNOWN_NOT_AFFECTED),
    RESOLVED(CsafStatus.FIXED),
    RESOLVED_WITH_PEDIGREE(CsafStatus.FIXED);

    /** The product status groups of a CSAF 2.0 VEX document. */
    public enum CsafStatus { KNOWN_AFFECTED, KNOWN_NOT_AFFECTED, FIXED, UNDER_INVESTIGATION }

    private final CsafStatus csafStatus;

    AnalysisState(CsafStatus csafStatus) {
        this.csafStatus = csafStatus;
    }

    public CsafStatus csafStatus() {
        return csafStatus;
    }

    /** Whether hospitals that installed the version must still act on it. */
    public boolean affects() {
        return this == IN_TRIAGE || this == EXPLOITABLE;
    }
}
