package io.shinrai.audit;

import io.shinrai.crypto.SigningIdentity;
import io.shinrai.crypto.TimeStamp;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The repository's signed word that the chain's record {@code sequence} had hash {@code hash} at {@code signedAt}.
 * Whoever rewrites the chain after that point would have to forge the signature. An RFC 3161 time-stamp over the
 * signature ({@code timeStamp}, null until an authority gave one) shows that the signature, and so the chain up to
 * that record, existed at the authority's time, which the repository's own key cannot show of itself.
 */
public record Checkpoint(long sequence, String hash, Instant signedAt, byte[] signature, byte[] timeStamp)
        implements SignedStatement {

    public Checkpoint {
        signedAt = signedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    public static Checkpoint sign(ChainedRecord head, SigningIdentity key, Instant at) {
        Checkpoint unsigned = new Checkpoint(head.sequence(), head.hash(), at, new byte[0], null);
        return new Checkpoint(unsigned.sequence, unsigned.hash, unsigned.signedAt,
                SignedStatement.sign(unsigned.statement(), key, unsigned.signedAt), null);
    }

    public Checkpoint withTimeStamp(byte[] token) {
        return new Checkpoint(sequence, hash, signedAt, signature, token);
    }

    /** Whether the time-stamp, if any, was issued for this checkpoint's signature and is intact. */
    public boolean timeStampHolds() {
        if (timeStamp == null) {
            return true;
        }
        return TimeStamp.verify(timeStamp, signature, List.of()).intact();
    }

    @Override
    public byte[] statement() {
        return ("shinrai-audit-checkpoint/1\nsequence: " + sequence + "\nhash: " + hash + "\nsigned-at: " + signedAt
                + "\n").getBytes(StandardCharsets.US_ASCII);
    }
}
