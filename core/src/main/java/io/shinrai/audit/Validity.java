package io.shinrai.audit;

/** Whether a kept message met its schema; nothing is dropped for failing it. */
public enum Validity {
    VALID, INVALID, UNREADABLE
}
