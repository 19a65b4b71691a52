package io.shinrai.audit;

/** What verifying the chain found: intact, or the first place where it was broken and how. */
public sealed interface ChainVerdict {

    /**
     * Every record links to the one before it and agrees with every signed checkpoint; {@code timeStamped} of
     * those checkpoints also carry an authority's time-stamp.
     */
    record Intact(long records, long firstSequence, long lastSequence, String headHash, int checkpoints,
                  int timeStamped) implements ChainVerdict {
    }

    /** The first break, naming the records concerned (first and last are equal for a single record). */
    record Broken(Break kind, long firstSequence, long lastSequence, String detail) implements ChainVerdict {
    }

    enum Break {
        /** a record's content no longer matches its hash, or the next record no longer links to it */
        ALTERED,
        /** a record that was not there when the chain was built */
        INSERTED,
        /** records that should be there are missing */
        DELETED,
        /** the chain disagrees with a signed checkpoint: records up to it were rewritten */
        REWRITTEN,
        /** a checkpoint or deletion marker whose signature is not the repository's, or a checkpoint's time-stamp
         * that was not issued for its signature */
        FORGED_SIGNATURE
    }
}
