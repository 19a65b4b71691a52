package io.shinrai.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * One kept audit record: the message as received, byte for byte, with where it came from, whether it met its
 * schema and what it says. Every field is covered by the record's hash in the chain.
 *
 * @param organisationId the organisation whose trail it belongs to; null for the platform's own
 * @param origin         how it arrived: the transport and the sender's address
 */
public record AuditRecord(long sequence, Instant recordedAt, UUID organisationId, String origin,
        MessageFormat format, Validity validity, List<String> problems, AuditSummary summary, byte[] raw) {

    public AuditRecord {
        recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
        problems = List.copyOf(problems);
    }

    public AuditRecord withSequence(long number) {
        return new AuditRecord(number, recordedAt, organisationId, origin, format, validity, problems, summary,
                raw);
    }
}
