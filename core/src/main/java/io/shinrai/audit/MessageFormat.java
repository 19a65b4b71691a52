package io.shinrai.audit;

/** The format an audit message arrived in. */
public enum MessageFormat {
    DICOM_XML, FHIR_JSON,
    /** a syslog message that does not carry an audit message (another MSGID); kept as the sender sent it */
    SYSLOG_TEXT
}
