package io.shinrai.server.disclosure;

/** A draft is edited; a published revision is never changed again. */
public enum DisclosureStatus {
    DRAFT,
    PUBLISHED
}
