package io.shinrai.audit;

import io.shinrai.crypto.SigningIdentity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The repository's signed word that the chain's record {@code sequence} had hash {@code hash} at {@code signedAt}.
 * Whoever rewrites the chain after that point would have to forge the signature.
 */
public record Checkpoint(long sequence, String hash, Instant signedAt, byte[] signature) implements SignedStatement {

    public Checkpoint {
        signedAt = signedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    public static Checkpoint sign(ChainedRecord head, SigningIdentity key, Instant at) {
        Checkpoint unsigned = new Checkpoint(head.sequence(), head.hash(), at, new byte[0]);
        return new Checkpoint(unsigned.sequence, unsigned.hash, unsigned.signedAt,
                SignedStatement.sign(unsigned.statement(), key, unsigned.signedAt));
    }

    @Override
    public byte[] statement() {
        return ("shinrai-audit-checkpoint/1\nsequence: " + sequence + "\nhash: " + hash + "\nsigned-at: " + signedAt
                + "\n").getBytes(StandardCharsets.US_ASCII);
    }
}
