package io.shinrai.server.audit;

import io.shinrai.audit.ChainExport;
import io.shinrai.audit.Checkpoint;
import io.shinrai.audit.ChainVerdict;
import io.shinrai.audit.ChainVerifier;
import io.shinrai.audit.ChainedRecord;
import io.shinrai.audit.DeletionMarker;
import io.shinrai.crypto.SigningIdentityPem;
import io.shinrai.crypto.TimeStampAuthority;
import io.shinrai.crypto.TimeStampException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What makes the chain provable: checkpoints signed at intervals and time-stamped by an authority when one is
 * configured, verification against them, and pruning at the end of the retention period behind a signed deletion
 * marker.
 */
@Service
public class ChainSeal {

    private static final Logger log = LoggerFactory.getLogger(ChainSeal.class);
    private static final int PAGE = 1000;
    /** Checkpoints stamped at one go when the authority was unreachable for a while. */
    private static final int STAMPS_AT_ONCE = 10;

    private final AuditRepository repository;
    private final AuditKey key;
    private final AuditProperties properties;
    private final Optional<TimeStampAuthority> timeStamps;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ChainSeal(AuditRepository repository, AuditKey key, AuditProperties properties,
              PlatformTransactionManager transactionManager, Clock clock) {
        this.repository = repository;
        this.key = key;
        this.properties = properties;
        this.timeStamps = properties.timeStamping().authority();
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Signs the chain's head unless it was signed already, then asks the authority, if any, to stamp the
     * checkpoints it has not stamped yet; the authority is asked after the commit, so that appending to the chain
     * never waits for it. Empty when the chain has nothing new.
     */
    public Optional<Checkpoint> checkpoint() {
        Optional<Checkpoint> signed = transactions.execute(status -> signHead());
        timeStamps.ifPresent(this::stampWaitingCheckpoints);
        return signed;
    }

    private Optional<Checkpoint> signHead() {
        AuditRepository.ChainHead head = repository.lockHead();
        if (head.sequence() == 0 || repository.lastCheckpointSequence().orElse(0L) >= head.sequence()) {
            return Optional.empty();
        }
        ChainedRecord newest = repository.find(head.sequence()).orElseThrow();
        Checkpoint checkpoint = Checkpoint.sign(newest, key.identity(), clock.instant());
        repository.insertCheckpoint(checkpoint);
        return Optional.of(checkpoint);
    }

    private void stampWaitingCheckpoints(TimeStampAuthority authority) {
        for (Checkpoint waiting : repository.checkpointsWithoutTimeStamp(STAMPS_AT_ONCE)) {
            try {
                repository.addTimeStamp(waiting.sequence(), authority.stamp(waiting.signature()).token());
            } catch (TimeStampException e) {
                log.warn("Checkpoint at record {} not time-stamped yet, tried again at the next checkpoint: {}",
                        waiting.sequence(), e.getMessage());
                return;
            }
        }
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
