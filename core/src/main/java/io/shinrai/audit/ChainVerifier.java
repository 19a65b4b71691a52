package io.shinrai.audit;

import io.shinrai.audit.ChainVerdict.Break;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks a chain read record by record in sequence order, holding only the last two hashes, so a chain of any
 * length is verified in constant memory. Checkpoints and the deletion marker are trusted only when signed by the
 * repository key named by its certificate's SHA-256 fingerprint.
 */
public final class ChainVerifier {

    private final TreeMap<Long, Checkpoint> checkpoints = new TreeMap<>();
    private final String start;
    private long expected;
    private String previousHash;
    private String hashBeforePrevious;
    private long records;
    private long firstSequence;
    private long lastCheckpoint;
    private int checkpointsMatched;
    private int checkpointsTimeStamped;
    private ChainVerdict.Broken broken;

    public ChainVerifier(String keyFingerprint, Optional<DeletionMarker> deletion, Collection<Checkpoint> signed) {
        expected = 1;
        previousHash = AuditChain.GENESIS;
        start = "the start of the chain";
        if (deletion.isPresent()) {
            DeletionMarker marker = deletion.get();
            if (!marker.signedBy(keyFingerprint)) {
                broken = new ChainVerdict.Broken(Break.FORGED_SIGNATURE, 1, marker.lastSequence(),
                        "the deletion marker of records 1 to " + marker.lastSequence() + " is not signed by the repository key");
                return;
            }
            expected = marker.lastSequence() + 1;
            previousHash = marker.lastHash();
        }
        lastCheckpoint = expected - 1;
        firstSequence = expected;
        for (Checkpoint checkpoint : signed) {
            if (checkpoint.sequence() >= expected) {
                checkpoints.put(checkpoint.sequence(), checkpoint);
            }
        }
        for (Map.Entry<Long, Checkpoint> entry : checkpoints.entrySet()) {
            if (!entry.getValue().signedBy(keyFingerprint)) {
                broken = new ChainVerdict.Broken(Break.FORGED_SIGNATURE, entry.getKey(), entry.getKey(),
                        "the checkpoint at record " + entry.getKey() + " is not signed by the repository key");
                return;
            }
            if (!entry.getValue().timeStampHolds()) {
                broken = new ChainVerdict.Broken(Break.FORGED_SIGNATURE, entry.getKey(), entry.getKey(),
                        "the time-stamp of the checkpoint at record " + entry.getKey()
                                + " was not issued for its signature");
                return;
            }
        }
    }

    /** Takes the next record; false once the chain is found broken, when reading further is pointless. */
    public boolean accept(ChainedRecord record) {
        if (broken != null) {
            return false;
        }
        long sequence = record.sequence();
        if (sequence < expected) {
            return fail(Break.INSERTED, sequence, sequence, "record " + sequence + " repeats or goes back in sequence");
        }
        if (sequence > expected) {
            return fail(Break.DELETED, expected, sequence - 1,
                    "records " + expected + " to " + (sequence - 1) + " are missing");
        }
        if (!AuditChain.hash(record.previousHash(), record.record()).equals(record.hash())) {
            return fail(Break.ALTERED, sequence, sequence, "record " + sequence + " no longer matches its hash");
        }
        if (!record.previousHash().equals(previousHash)) {
            if (records == 0) {
                return fail(Break.ALTERED, sequence, sequence, "record " + sequence + " does not follow " + start);
            }
            if (record.previousHash().equals(hashBeforePrevious)) {
                return fail(Break.INSERTED, sequence - 1, sequence - 1, "record " + (sequence - 1)
                        + " was inserted: record " + sequence + " links to record " + (sequence - 2));
            }
            return fail(Break.ALTERED, sequence - 1, sequence - 1, "record " + (sequence - 1)
                    + " is not the one record " + sequence + " was linked to");
        }
        Checkpoint checkpoint = checkpoints.get(sequence);
        if (checkpoint != null) {
            if (!checkpoint.hash().equals(record.hash())) {
                return fail(Break.REWRITTEN, lastCheckpoint + 1, sequence, "records " + (lastCheckpoint + 1)
                        + " to " + sequence + " differ from the checkpoint signed at " + checkpoint.signedAt());
            }
            lastCheckpoint = sequence;
            checkpointsMatched++;
            if (checkpoint.timeStamp() != null) {
                checkpointsTimeStamped++;
            }
        }
        hashBeforePrevious = previousHash;
        previousHash = record.hash();
        expected++;
        records++;
        return true;
    }

    public ChainVerdict finish() {
        if (broken != null) {
            return broken;
        }
        Map.Entry<Long, Checkpoint> beyond = checkpoints.higherEntry(expected - 1);
        if (beyond != null) {
            return new ChainVerdict.Broken(Break.DELETED, expected, beyond.getKey(), "records " + expected + " to "
                    + beyond.getKey() + " are missing, though a checkpoint signed at "
                    + beyond.getValue().signedAt() + " vouched for them");
        }
        return new ChainVerdict.Intact(records, firstSequence, expected - 1, previousHash, checkpointsMatched,
                checkpointsTimeStamped);
    }

    private boolean fail(Break kind, long first, long last, String detail) {
        broken = new ChainVerdict.Broken(kind, first, last, detail);
        return false;
    }
}
