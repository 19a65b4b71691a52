package io.shinrai.sla;

/** Whether the vendor may have another company do the remote maintenance. */
public enum Subcontracting {
    NOT_ALLOWED,
    /** Only with the hospital's written consent, the subcontractor bound by the same obligations. */
    WITH_PRIOR_CONSENT
}
