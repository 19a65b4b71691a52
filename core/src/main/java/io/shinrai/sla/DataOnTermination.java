package io.shinrai.sla;

/** What becomes of the hospital's data and credentials the vendor holds when the agreement ends. */
public enum DataOnTermination {
    RETURN,
    DELETE_WITH_CERTIFICATE,
    RETURN_THEN_DELETE_WITH_CERTIFICATE
}
