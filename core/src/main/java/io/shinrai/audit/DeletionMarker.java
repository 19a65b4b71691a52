package io.shinrai.audit;

import io.shinrai.crypto.SigningIdentity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The repository's signed word that records 1 to {@code lastSequence} were deleted at the end of their retention,
 * and that the last of them had hash {@code lastHash}: verification starts after it instead of at the genesis.
 */
public record DeletionMarker(long lastSequence, String lastHash, Instant signedAt, byte[] signature)
        implements SignedStatement {

    public DeletionMarker {
        signedAt = signedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    public static DeletionMarker sign(ChainedRecord lastDeleted, SigningIdentity key, Instant at) {
        DeletionMarker unsigned = new DeletionMarker(lastDeleted.sequence(), lastDeleted.hash(), at, new byte[0]);
        return new DeletionMarker(unsigned.lastSequence, unsigned.lastHash, unsigned.signedAt,
                SignedStatement.sign(unsigned.statement(), key, unsigned.signedAt));
    }

    @Override
    public byte[] statement() {
        return ("shinrai-audit-deletion/1\ndeleted: 1-" + lastSequence + "\nlast-hash: " + lastHash
                + "\nsigned-at: " + signedAt + "\n").getBytes(StandardCharsets.US_ASCII);
    }
}
