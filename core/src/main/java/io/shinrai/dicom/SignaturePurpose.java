package io.shinrai.dicom;

import java.util.List;

/**
 * Digital Signature Purpose codes (coding scheme ASTM-sigpurpose, ASTM E2084, as listed in PS3.16 CID 7007), for
 * the Digital Signature Purpose Code Sequence (0400,0401).
 */
public record SignaturePurpose(String code, String meaning) {

    public static final String CODING_SCHEME = "ASTM-sigpurpose";

    public static final List<SignaturePurpose> ALL = List.of(
            new SignaturePurpose("1", "Author's Signature"),
            new SignaturePurpose("2", "Coauthor's Signature"),
            new SignaturePurpose("3", "Co-participant's Signature"),
            new SignaturePurpose("4", "Transcriptionist/Recorder Signature"),
            new SignaturePurpose("5", "Verification Signature"),
            new SignaturePurpose("6", "Validation Signature"),
            new SignaturePurpose("7", "Consent Signature"),
            new SignaturePurpose("8", "Signature Witness Signature"),
            new SignaturePurpose("9", "Event Witness Signature"),
            new SignaturePurpose("10", "Identity Witness Signature"),
            new SignaturePurpose("11", "Consent Witness Signature"),
            new SignaturePurpose("12", "Interpreter Signature"),
            new SignaturePurpose("13", "Review Signature"),
            new SignaturePurpose("14", "Source Signature"),
            new SignaturePurpose("15", "Addendum Signature"),
            new SignaturePurpose("16", "Modification Signature"),
            new SignaturePurpose("17", "Administrative (Error/Edit) Signature"),
            new SignaturePurpose("18", "Timestamp Signature"));

    public static SignaturePurpose of(String code) {
        return ALL.stream().filter(purpose -> purpose.code.equals(code)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no digital signature purpose has the code " + code + " (1 to 18)"));
    }
}
