package io.shinrai.audit;

import io.shinrai.crypto.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The SHA-256 hash chain: each record's hash covers the hash of the record before it and every field of the
 * record itself, so changing, inserting or removing any record breaks every later link.
 */
public final class AuditChain {

    /** The "previous hash" of the first record ever kept. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] DOMAIN = "shinrai-audit-record/1".getBytes(StandardCharsets.US_ASCII);

    private AuditChain() {
    }

    public static ChainedRecord link(String previousHash, AuditRecord record) {
        return new ChainedRecord(record, previousHash, hash(previousHash, record));
    }

    public static String hash(String previousHash, AuditRecord record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + record.raw().length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(DOMAIN);
            text(out, previousHash);
            out.writeLong(record.sequence());
            text(out, record.recordedAt().toString());
            text(out, record.organisationId() == null ? null : record.organisationId().toString());
            text(out, record.origin());
            text(out, record.format().name());
            text(out, record.validity().name());
            texts(out, record.problems());
            AuditSummary summary = record.summary();
            text(out, summary.eventId());
            text(out, summary.eventSystem());
            texts(out, summary.eventTypes());
            text(out, summary.action());
            text(out, summary.outcome() == null ? null : summary.outcome().name());
            text(out, summary.eventTime() == null ? null : summary.eventTime().toString());
            text(out, summary.userId());
            text(out, summary.userName());
            text(out, summary.networkAccessPoint());
            text(out, summary.sourceId());
            text(out, summary.siteId());
            texts(out, summary.patientIds());
            texts(out, summary.objectIds());
            out.writeInt(record.raw().length);
            out.write(record.raw());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return Sha256.hex(bytes.toByteArray());
    }

    /** Length-prefixed, so that no two different field lists give the same bytes; null is length -1. */
    private static void text(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static void texts(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            text(out, value);
        }
    }
}
