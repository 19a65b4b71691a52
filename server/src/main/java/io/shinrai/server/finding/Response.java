package io.shinrai.server.finding;

/** What the manufacturer does about a finding, in CycloneDX's responses. */
public enum Response {
    CAN_NOT_FIX, WILL_NOT_FIX, UPDATE, ROLLBACK, WORKAROUND_AVAILABLE
}
