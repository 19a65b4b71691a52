package io.shinrai.audit;

import java.util.List;

/**
 * The result of reading one audit message. Nothing a sender sends is dropped: a message that breaks the rules is
 * kept with what could be read of it and the problems found, and one that cannot be read at all with its reasons.
 */
public sealed interface AuditReading {

    List<String> problems();

    Validity validity();

    /** What could be read of the message, for finding it again. */
    AuditSummary summary();

    record Valid(AuditMessage message) implements AuditReading {
        @Override
        public List<String> problems() {
            return List.of();
        }

        @Override
        public Validity validity() {
            return Validity.VALID;
        }

        @Override
        public AuditSummary summary() {
            return AuditSummary.of(message);
        }
    }

    record Invalid(AuditMessage message, List<String> problems) implements AuditReading {
        public Invalid {
            problems = List.copyOf(problems);
        }

        @Override
        public Validity validity() {
            return Validity.INVALID;
        }

        @Override
        public AuditSummary summary() {
            return AuditSummary.of(message);
        }
    }

    record Unreadable(List<String> problems) implements AuditReading {
        public Unreadable {
            problems = List.copyOf(problems);
        }

        @Override
        public Validity validity() {
            return Validity.UNREADABLE;
        }

        @Override
        public AuditSummary summary() {
            return AuditSummary.NONE;
        }
    }

    static AuditReading of(AuditMessage message, List<String> problems) {
        return problems.isEmpty() ? new Valid(message) : new Invalid(message, problems);
    }
}
