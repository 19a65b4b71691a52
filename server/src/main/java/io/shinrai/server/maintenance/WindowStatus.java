package io.shinrai.server.maintenance;

/** Where a maintenance window stands in the hospital's decision. */
public enum WindowStatus {
    /** Waiting for the hospital; an emergency window is usable meanwhile and decided afterwards. */
    REQUESTED,
    APPROVED,
    REJECTED,
    /** The hospital stopped it; nothing gets through any more. */
    STOPPED
}
