package io.shinrai.audit;

import java.util.Optional;

/** The audit event type codes of DICOM PS3.16 CID 401 to 403 (DCM 110120 to 110142). */
public enum DicomEventType {
    APPLICATION_START("110120", "Application Start"),
    APPLICATION_STOP("110121", "Application Stop"),
    LOGIN("110122", "Login"),
    LOGOUT("110123", "Logout"),
    ATTACH("110124", "Attach"),
    DETACH("110125", "Detach"),
    NODE_AUTHENTICATION("110126", "Node Authentication"),
    EMERGENCY_OVERRIDE_STARTED("110127", "Emergency Override Started"),
    NETWORK_CONFIGURATION("110128", "Network Configuration"),
    SECURITY_CONFIGURATION("110129", "Security Configuration"),
    HARDWARE_CONFIGURATION("110130", "Hardware Configuration"),
    SOFTWARE_CONFIGURATION("110131", "Software Configuration"),
    USE_OF_RESTRICTED_FUNCTION("110132", "Use of Restricted Function"),
    AUDIT_RECORDING_STOPPED("110133", "Audit Recording Stopped"),
    AUDIT_RECORDING_STARTED("110134", "Audit Recording Started"),
    OBJECT_SECURITY_ATTRIBUTES_CHANGED("110135", "Object Security Attributes Changed"),
    SECURITY_ROLES_CHANGED("110136", "Security Roles Changed"),
    USER_SECURITY_ATTRIBUTES_CHANGED("110137", "User security Attributes Changed"),
    EMERGENCY_OVERRIDE_STOPPED("110138", "Emergency Override Stopped"),
    REMOTE_SERVICE_OPERATION_STARTED("110139", "Remote Service Operation Started"),
    REMOTE_SERVICE_OPERATION_STOPPED("110140", "Remote Service Operation Stopped"),
    LOCAL_SERVICE_OPERATION_STARTED("110141", "Local Service Operation Started"),
    LOCAL_SERVICE_OPERATION_STOPPED("110142", "Local Service Operation Stopped");

    private final String code;
    private final String meaning;

    DicomEventType(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public Code code() {
        return new Code(code, Code.DCM, meaning);
    }

    public static Optional<DicomEventType> of(Code code) {
        for (DicomEventType type : values()) {
            if (code != null && code.is(Code.DCM, type.code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
