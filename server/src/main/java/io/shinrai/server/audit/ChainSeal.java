package io.shinrai.server.audit;

import io.shinrai.audit.ChainExport;
import io.shinrai.audit.Checkpoint;
import io.shinrai.audit.ChainVerdict;
import io.shinrai.audit.ChainVerifier;
import io.shinrai.audit.ChainedRecord;
import io.shinrai.audit.DeletionMarker;
import io.shinrai.crypto.SigningIdentityPem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What makes the chain provable: checkpoints signed at intervals, verification against them, and pruning at the
 * end of the retention period behind a signed deletion marker.
 */
@Service
public class ChainSeal {

    private static final int PAGE = 1000;

    private final AuditRepository repository;
    private final AuditKey key;
    private final AuditProperties properties;
    private final Clock clock;

    ChainSeal(AuditRepository repository, AuditKey key, AuditProperties properties, Clock clock) {
        this.repository = repository;
        this.key = key;
        this.properties = properties;
        this.clock = clock;
    }

    /** Signs the chain's head unless it was signed already; empty when the chain has nothing new. */
    @Transactional
    public Optional<Checkpoint> checkpoint() {
        AuditRepository.ChainHead head = repository.lockHead();
        if (head.sequence() == 0 || repository.lastCheckpointSequence().orElse(0L) >= head.sequence()) {
            return Optional.empty();
        }
        ChainedRecord newest = repository.find(head.sequence()).orElseThrow();
        Checkpoint checkpoint = Checkpoint.sign(newest, key.identity(), clock.instant());
        repository.insertCheckpoint(checkpoint);
        return Optional.of(checkpoint);
    }

    @Scheduled(fixedDelayString = "${shinrai.audit.checkpoint-every:10m}",
            initialDelayString = "${shinrai.audit.checkpoint-every:10m}")
    void checkpointPeriodically() {
        checkpoint();
    }

    /** Reads the whole chain in pages, holding one page at a time, and checks it. */
    @Transactional(readOnly = true)
    public ChainVerdict verify() {
        Optional<DeletionMarker> deletion = repository.latestDeletion();
        ChainVerifier verifier = new ChainVerifier(key.fingerprint(), deletion, repository.checkpoints());
        long after = deletion.map(DeletionMarker::lastSequence).orElse(0L);
        while (true) {
            List<ChainedRecord> page = repository.after(after, PAGE);
            for (ChainedRecord record : page) {
                if (!verifier.accept(record)) {
                    return verifier.finish();
                }
            }
            if (page.size() < PAGE) {
                return verifier.finish();
            }
            after = page.get(page.size() - 1).sequence();
        }
    }

    /** Writes the whole chain as a {@code shinrai-audit-chain/1} file, a page at a time. */
    @Transactional(readOnly = true)
    public void export(OutputStream out) throws IOException {
        Optional<DeletionMarker> deletion = repository.latestDeletion();
        Writer writer = ChainExport.start(out, ChainExport.Header.of(
                SigningIdentityPem.certificates(key.identity()), deletion, repository.checkpoints()));
        long after = deletion.map(DeletionMarker::lastSequence).orElse(0L);
        List<ChainedRecord> page;
        do {
            page = repository.after(after, PAGE);
            for (ChainedRecord record : page) {
                ChainExport.writeRecord(writer, record);
                after = record.sequence();
            }
        } while (page.size() == PAGE);
        writer.flush();
    }

    /** Deletes the records kept before the given time behind a signed marker; the number deleted. */
    @Transactional
    public int prune(Instant before) {
        repository.lockHead();
        Optional<ChainedRecord> last = repository.lastRecordedBefore(before);
        if (last.isEmpty()) {
            return 0;
        }
        repository.insertDeletion(DeletionMarker.sign(last.get(), key.identity(), clock.instant()));
        return repository.deleteUpTo(last.get().sequence());
    }

    @Scheduled(cron = "0 30 3 * * *", zone = "Asia/Tokyo")
    void pruneAfterRetention() {
        if (properties.retention() != null && !properties.retention().isZero()) {
            prune(clock.instant().minus(properties.retention()));
        }
    }

    public String keyFingerprint() {
        return key.fingerprint();
    }
}
