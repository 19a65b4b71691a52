package io.shinrai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shinrai.audit.ChainVerdict.Break;
import io.shinrai.crypto.OpenSslTimeStampAuthority;
import io.shinrai.crypto.SelfSignedIdentity;
import io.shinrai.crypto.Sha256;
import io.shinrai.crypto.SigningIdentity;
import io.shinrai.crypto.TimeStampAuthority;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");
    private static SigningIdentity key;
    private static String fingerprint;

    @BeforeAll
    static void repositoryKey() throws Exception {
        key = SelfSignedIdentity.generate("Tokyo General", "audit repository", 365, NOW);
        fingerprint = Sha256.hex(key.certificate().getEncoded());
    }

    private static AuditRecord record(long sequence, String text) {
        return new AuditRecord(sequence, NOW.plusSeconds(sequence), null, "test", MessageFormat.SYSLOG_TEXT,
                Validity.VALID, List.of(), AuditSummary.NONE, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<ChainedRecord> chain(int length) {
        List<ChainedRecord> chain = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            ChainedRecord linked = AuditChain.link(previous, record(i, "message " + i));
            chain.add(linked);
            previous = linked.hash();
        }
        return chain;
    }

    private static ChainVerdict verify(List<ChainedRecord> records, Optional<DeletionMarker> deletion,
                                       Checkpoint... checkpoints) {
        ChainVerifier verifier = new ChainVerifier(fingerprint, deletion, List.of(checkpoints));
        for (ChainedRecord record : records) {
            if (!verifier.accept(record)) {
                break;
            }
        }
        return verifier.finish();
    }

    @Test
    void anUntouchedChainIsIntact() {
        List<ChainedRecord> chain = chain(5);

        ChainVerdict verdict = verify(chain, Optional.empty(), Checkpoint.sign(chain.get(2), key, NOW));

        assertThat(verdict).isEqualTo(new ChainVerdict.Intact(5, 1, 5, chain.get(4).hash(), 1, 0));
    }

    @Test
    void namesAnAlteredRecord() {
        List<ChainedRecord> chain = chain(5);
        ChainedRecord third = chain.get(2);
        chain.set(2, new ChainedRecord(record(3, "message 3, edited"), third.previousHash(), third.hash()));

        assertThat(verify(chain, Optional.empty()))
                .isEqualTo(new ChainVerdict.Broken(Break.ALTERED, 3, 3, "record 3 no longer matches its hash"));
    }

    @Test
    void namesARecordAlteredAndRehashed() {
        List<ChainedRecord> chain = chain(5);
        chain.set(2, AuditChain.link(chain.get(1).hash(), record(3, "message 3, edited")));

        ChainVerdict verdict = verify(chain, Optional.empty());

        assertThat(verdict).isInstanceOf(ChainVerdict.Broken.class);
        assertThat((ChainVerdict.Broken) verdict).extracting(ChainVerdict.Broken::kind,
                ChainVerdict.Broken::firstSequence).containsExactly(Break.ALTERED, 3L);
    }

    @Test
    void namesDeletedRecords() {
        List<ChainedRecord> chain = chain(6);
        chain.remove(3);
        chain.remove(2);

        assertThat(verify(chain, Optional.empty()))
                .isEqualTo(new ChainVerdict.Broken(Break.DELETED, 3, 4, "records 3 to 4 are missing"));
    }

    @Test
    void namesAnInsertedRecord() {
        List<ChainedRecord> chain = chain(3);
        ChainedRecord inserted = AuditChain.link(chain.get(1).hash(), record(3, "forged"));
        ChainedRecord oldThird = chain.get(2);
        List<ChainedRecord> forged = List.of(chain.get(0), chain.get(1), inserted,
                AuditChain.link(oldThird.previousHash(), oldThird.record().withSequence(4)));

        ChainVerdict verdict = verify(forged, Optional.empty());

        assertThat(verdict).isEqualTo(new ChainVerdict.Broken(Break.INSERTED, 3, 3,
                "record 3 was inserted: record 4 links to record 2"));
    }

    @Test
    void aChainRebuiltFromTheStartContradictsTheSignedCheckpoint() {
        List<ChainedRecord> chain = chain(5);
        Checkpoint checkpoint = Checkpoint.sign(chain.get(3), key, NOW);
        List<ChainedRecord> rebuilt = new ArrayList<>(chain.subList(0, 1));
        String previous = chain.get(0).hash();
        for (int i = 2; i <= 5; i++) {
            ChainedRecord linked = AuditChain.link(previous, record(i, i == 2 ? "rewritten" : "message " + i));
            rebuilt.add(linked);
            previous = linked.hash();
        }

        ChainVerdict verdict = verify(rebuilt, Optional.empty(), checkpoint);

        assertThat(verdict).extracting("kind", "firstSequence", "lastSequence")
                .containsExactly(Break.REWRITTEN, 1L, 4L);
    }

    @Test
    void removingTheNewestRecordsIsSeenAgainstTheLastCheckpoint() {
        List<ChainedRecord> chain = chain(5);
        Checkpoint checkpoint = Checkpoint.sign(chain.get(4), key, NOW);

        assertThat(verify(chain.subList(0, 3), Optional.empty(), checkpoint))
                .extracting("kind", "firstSequence", "lastSequence").containsExactly(Break.DELETED, 4L, 5L);
    }

    @Test
    void aCheckpointSignedByAnotherKeyIsNotTrusted() {
        List<ChainedRecord> chain = chain(3);
        SigningIdentity stranger = SelfSignedIdentity.generate("Someone", "else", 30, NOW);

        assertThat(verify(chain, Optional.empty(), Checkpoint.sign(chain.get(1), stranger, NOW)))
                .extracting("kind", "firstSequence").containsExactly(Break.FORGED_SIGNATURE, 2L);
    }

    @Test
    void aCheckpointTimeStampedByAnAuthorityIsCountedAndOneMovedFromAnotherCheckpointIsNot(@TempDir Path dir)
            throws Exception {
        assumeTrue(OpenSslTimeStampAuthority.available(), "openssl is not on the PATH");
        List<ChainedRecord> chain = chain(5);
        Checkpoint second = Checkpoint.sign(chain.get(1), key, NOW);
        Checkpoint fourth = Checkpoint.sign(chain.get(3), key, NOW.plusSeconds(60));
        try (OpenSslTimeStampAuthority openssl = OpenSslTimeStampAuthority.start(dir)) {
            TimeStampAuthority authority = new TimeStampAuthority(openssl.url(), Duration.ofSeconds(30));
            second = second.withTimeStamp(authority.stamp(second.signature()).token());
        }

        assertThat(verify(chain, Optional.empty(), second, fourth))
                .isEqualTo(new ChainVerdict.Intact(5, 1, 5, chain.get(4).hash(), 2, 1));
        assertThat(verify(chain, Optional.empty(), second, fourth.withTimeStamp(second.timeStamp())))
                .isEqualTo(new ChainVerdict.Broken(Break.FORGED_SIGNATURE, 4, 4,
                        "the time-stamp of the checkpoint at record 4 was not issued for its signature"));
    }

    @Test
    void verificationStartsAfterASignedDeletionMarker() {
        List<ChainedRecord> chain = chain(6);
        DeletionMarker pruned = DeletionMarker.sign(chain.get(2), key, NOW);

        assertThat(verify(chain.subList(3, 6), Optional.of(pruned)))
                .isEqualTo(new ChainVerdict.Intact(3, 4, 6, chain.get(5).hash(), 0, 0));
        assertThat(verify(chain.subList(4, 6), Optional.of(pruned)))
                .extracting("kind", "firstSequence").containsExactly(Break.DELETED, 4L);
    }

    @Test
    void aDeletionMarkerThatWasEditedIsNotTrusted() {
        List<ChainedRecord> chain = chain(6);
        DeletionMarker pruned = DeletionMarker.sign(chain.get(2), key, NOW);
        DeletionMarker widened = new DeletionMarker(4, chain.get(3).hash(), pruned.signedAt(), pruned.signature());

        assertThat(verify(chain.subList(4, 6), Optional.of(widened)))
                .extracting("kind").isEqualTo(Break.FORGED_SIGNATURE);
    }
}
