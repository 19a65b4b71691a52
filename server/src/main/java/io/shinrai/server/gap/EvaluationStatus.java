package io.shinrai.server.gap;

/** An evaluation is proposed by one person and approved, or returned with a comment, by another. */
public enum EvaluationStatus {
    PROPOSED, APPROVED, RETURNED
}
