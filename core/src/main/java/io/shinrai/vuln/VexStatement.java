package io.shinrai.vuln;

import java.util.List;
import java.util.Optional;

/**
 * One VEX statement: the vulnerability (a CVE or another advisory id), what it is about, its state, why it is not
 * affected, what the vendor does about it and the vendor's own words.
 */
public record VexStatement(String vulnerability, VexSubject subject, VexState state,
        Optional<VexJustification> justification, List<VexResponse> responses, String detail) {

    public VexStatement {
        if (vulnerability == null || vulnerability.isBlank()) {
            throw new IllegalArgumentException("a VEX statement names a vulnerability");
        }
        responses = List.copyOf(responses);
        detail = detail == null ? "" : detail;
    }
}
