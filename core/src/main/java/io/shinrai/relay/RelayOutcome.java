package io.shinrai.relay;

/** How a relayed connection ended. */
public enum RelayOutcome {
    /** One side closed. */
    CLOSED,
    /** The approved window ended. */
    WINDOW_ENDED,
    /** The hospital stopped the maintenance session. */
    STOPPED,
    /** The relay shut down. */
    SHUTDOWN,
    /** The client was not admitted in time; it is reported as refused, never as relayed. */
    NOT_GREETED,
    /** A socket failed while bytes were passing. */
    BROKEN
}
