package io.shinrai.server.finding;

/**
 * One finding of a product version: the component, the advisory, what of the advisory matched (the range, listed
 * version or CPE criterion), and the manufacturer's analysis when there is one. {@code componentKey} names the
 * component across SBOMs of the version: its package URL, or name and version. An {@code undecided} finding is one
 * whose version the advisory's ecosystem order could not read; {@code matched} then says why.
 */
public record VersionFinding(long id, long componentId, String component, String componentKey, String advisoryId,
                             String aliases, String summary, String matched, boolean undecided,
                             VexAnalysis analysis) {

    /** Not yet shown not to affect the version: no analysis, in triage, or exploitable. */
    public boolean open() {
        return analysis == null || analysis.state().affects();
    }
}
