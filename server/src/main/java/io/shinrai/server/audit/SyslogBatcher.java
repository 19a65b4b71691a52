package io.shinrai.server.audit;

import io.micrometer.core.instrument.MeterRegistry;
import io.shinrai.audit.AuditRecord;
import io.shinrai.audit.ChainedRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits syslog messages in batches: one writer thread takes what the receivers read and queued, up to a batch size
 * or a short delay, and appends it to the chain in one transaction. A message is kept once its batch has committed;
 * what is still queued when the process dies is lost, which is the guarantee syslog without acknowledgements allows.
 * A full queue makes TCP senders wait and turns UDP datagrams away (counted).
 */
class SyslogBatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyslogBatcher.class);
    private static final int QUEUE = 10_000;

    private final AuditReception reception;
    private final AuditTrail trail;
    private final UUID organisationId;
    private final int batchSize;
    private final Duration batchDelay;
    private final MeterRegistry meters;
    private final BlockingQueue<AuditRecord> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread writer;
    private volatile Consumer<List<ChainedRecord>> onCommit = committed -> { };
    private volatile boolean running = true;

    SyslogBatcher(AuditReception reception, AuditTrail trail, AuditProperties.Syslog settings,
                  MeterRegistry meters) {
        this.reception = reception;
        this.trail = trail;
        this.organisationId = settings.organisation();
        this.batchSize = settings.batchSize();
        this.batchDelay = settings.batchDelay();
        this.meters = meters;
        this.writer = new Thread(this::writeBatches, "syslog-batches");
        writer.start();
    }

    /** Called after each commit with what it kept. */
    void onCommit(Consumer<List<ChainedRecord>> listener) {
        this.onCommit = listener;
    }

    /**
     * Reads a stream message and queues it, waiting while the queue is full. Reading happens on the receiving
     * connection's thread, so that senders are parsed side by side and the writer only appends.
     */
    void put(String origin, byte[] frame) throws InterruptedException {
        queue.put(reception.syslog(organisationId, origin, frame));
    }

    /** Reads a datagram and queues it unless the queue is full; false when it was turned away. */
    boolean offer(String origin, byte[] frame) {
        boolean queued = queue.offer(reception.syslog(organisationId, origin, frame));
        if (!queued) {
            rejected("queue-full");
        }
        return queued;
    }

    void rejected(String reason) {
        meters.counter("shinrai.audit.syslog.rejected", "reason", reason).increment();
    }

    private void writeBatches() {
        List<AuditRecord> batch = new ArrayList<>(batchSize);
        while (running || !queue.isEmpty()) {
            try {
                AuditRecord first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                long deadline = System.nanoTime() + batchDelay.toNanos();
                while (batch.size() < batchSize) {
                    AuditRecord next = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                }
                commit(batch);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failed) {
                // the database is away: keep the batch and try again rather than lose it
                LOG.warn("Could not commit {} syslog messages, retrying: {}", batch.size(), failed.getMessage());
                sleepBeforeRetry();
                continue;
            }
            batch.clear();
        }
    }

    private void commit(List<AuditRecord> batch) {
        List<ChainedRecord> committed = trail.append(batch);
        meters.counter("shinrai.audit.syslog.committed").increment(committed.size());
        LOG.debug("Committed audit records {} to {}", committed.get(0).sequence(),
                committed.get(committed.size() - 1).sequence());
        onCommit.accept(committed);
    }

    private static void sleepBeforeRetry() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    /** Commits what is queued, then stops. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        writer.join(Duration.ofSeconds(20).toMillis());
    }
}
