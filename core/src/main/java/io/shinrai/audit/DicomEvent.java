package io.shinrai.audit;

import java.util.Optional;

/** The audit event IDs of DICOM PS3.16 CID 400 that PS3.15 A.5 messages use (DCM 110100 to 110114). */
public enum DicomEvent {
    APPLICATION_ACTIVITY("110100", "Application Activity"),
    AUDIT_LOG_USED("110101", "Audit Log Used"),
    BEGIN_TRANSFERRING_DICOM_INSTANCES("110102", "Begin Transferring DICOM Instances"),
    DICOM_INSTANCES_ACCESSED("110103", "DICOM Instances Accessed"),
    DICOM_INSTANCES_TRANSFERRED("110104", "DICOM Instances Transferred"),
    DICOM_STUDY_DELETED("110105", "DICOM Study Deleted"),
    EXPORT("110106", "Export"),
    IMPORT("110107", "Import"),
    NETWORK_ENTRY("110108", "Network Entry"),
    ORDER_RECORD("110109", "Order Record"),
    PATIENT_RECORD("110110", "Patient Record"),
    PROCEDURE_RECORD("110111", "Procedure Record"),
    QUERY("110112", "Query"),
    SECURITY_ALERT("110113", "Security Alert"),
    USER_AUTHENTICATION("110114", "User Authentication");

    private final String code;
    private final String meaning;

    DicomEvent(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public Code code() {
        return new Code(code, Code.DCM, meaning);
    }

    public static Optional<DicomEvent> of(Code code) {
        for (DicomEvent event : values()) {
            if (code != null && code.is(Code.DCM, event.code)) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }
}
