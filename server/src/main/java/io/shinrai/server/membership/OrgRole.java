package io.shinrai.server.membership;

/**
 * A person's role in one organisation, from least to most trusted. A role includes every role before it:
 * a reviewer can do what a viewer can, an editor what a reviewer can.
 */
public enum OrgRole {
    VIEWER,
    REVIEWER,
    EDITOR,
    ORG_ADMIN;

    public boolean includes(OrgRole other) {
        return compareTo(other) >= 0;
    }
}
