package io.shinrai.audit;

/** A record as stored in the chain: with the hash of the record before it and its own. */
public record ChainedRecord(AuditRecord record, String previousHash, String hash) {

    public long sequence() {
        return record.sequence();
    }
}
