package io.shinrai.server.product;

/** The dates of a version's lifecycle, in the order they normally come. */
public enum Milestone {
    RELEASED, END_OF_SALES, END_OF_SUPPORT, END_OF_LIFE;

    /** The message key of the milestone's name. */
    public String label() {
        return "lifecycle." + name();
    }
}
