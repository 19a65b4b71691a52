package io.shinrai.sla;

/** How the vendor's staff may meet medical information during remote maintenance. */
public enum MedicalInformation {
    /** The work never shows or copies medical information. */
    NO_ACCESS,
    /** It may appear on screen during the work but is never copied or taken out. */
    VIEW_DURING_WORK,
    /** It may be taken out for analysis with the hospital's approval each time, encrypted, and erased afterwards. */
    TAKE_OUT_WITH_APPROVAL
}
