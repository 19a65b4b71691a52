package io.shinrai.server.conformity;

import java.time.Instant;
import java.util.UUID;

/**
 * What a version records for one activity. {@code carriedOverFrom} is the earlier version it was copied from, with
 * that version's name, until someone confirms or edits it; both are null for an activity recorded for this version.
 */
public record ActivityRecord(String ref, ActivityStatus status, String responsibleName, UUID responsibleUserId,
                             String remarks, UUID carriedOverFrom, String carriedOverVersion, String updatedBy,
                             Instant updatedAt) {

    static ActivityRecord notStarted(String ref) {
        return new ActivityRecord(ref, ActivityStatus.NOT_STARTED, null, null, null, null, null, null, null);
    }

    ActivityRecord withResponsibleName(String name) {
        return new ActivityRecord(ref, status, name, responsibleUserId, remarks, carriedOverFrom, carriedOverVersion,
                updatedBy, updatedAt);
    }

    /** This record as a later version starts from it. */
    ActivityRecord carriedOverFrom(UUID versionId, String actor, Instant at) {
        return new ActivityRecord(ref, status, responsibleName, responsibleUserId, remarks, versionId, null, actor,
                at);
    }

    /** This record as someone confirmed it for its own version. */
    ActivityRecord confirmed(String actor, Instant at) {
        return new ActivityRecord(ref, status, responsibleName, responsibleUserId, remarks, null, null, actor, at);
    }

    public boolean carriedOver() {
        return carriedOverFrom != null;
    }

    public boolean recorded() {
        return updatedAt != null;
    }
}
