package io.shinrai.server.conformity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ConformityRepository {

    private final JdbcClient jdbc;

    ConformityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String ACTIVITIES = """
            select a.*, v.version as carried_over_version from conformity_activity a
            left join product_version v on v.id = a.carried_over_from
            where a.product_version_id = :version and a.catalogue_id = :catalogue""";

    Map<String, ActivityRecord> activities(UUID versionId, String catalogueId) {
        Map<String, ActivityRecord> activities = new LinkedHashMap<>();
        jdbc.sql(ACTIVITIES).param("version", versionId).param("catalogue", catalogueId)
                .query((row, n) -> activities.put(row.getString("item_ref"), activity(row))).list();
        return activities;
    }

    Optional<ActivityRecord> activity(UUID versionId, String catalogueId, String ref) {
        return jdbc.sql(ACTIVITIES + " and a.item_ref = :ref").param("version", versionId)
                .param("catalogue", catalogueId).param("ref", ref).query((row, n) -> activity(row)).optional();
    }

    boolean hasActivities(UUID versionId, String catalogueId) {
        return jdbc.sql("select count(*) from conformity_activity where product_version_id = :version "
                        + "and catalogue_id = :catalogue")
                .param("version", versionId).param("catalogue", catalogueId).query(Integer.class).single() > 0;
    }

    /** Inserts or replaces what a version records for an activity. */
    void put(UUID versionId, String catalogueId, ActivityRecord activity) {
        int updated = activityParams(jdbc.sql("""
                update conformity_activity set status = :status, responsible_name = :responsible,
                       responsible_user_id = :member, remarks = :remarks, carried_over_from = :from,
                       updated_by = :by, updated_at = :at
                where product_version_id = :version and catalogue_id = :catalogue and item_ref = :ref"""),
                versionId, catalogueId, activity).update();
        if (updated == 0) {
            activityParams(jdbc.sql("""
                    insert into conformity_activity (product_version_id, catalogue_id, item_ref, status,
                        responsible_name, responsible_user_id, remarks, carried_over_from, updated_by, updated_at)
                    values (:version, :catalogue, :ref, :status, :responsible, :member, :remarks, :from, :by, :at)"""),
                    versionId, catalogueId, activity).update();
        }
    }

    /** The evidence of a version by activity, each activity's in the order it was added. */
    Map<String, List<Evidence>> evidence(UUID versionId, String catalogueId) {
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        jdbc.sql("""
                        select e.*, f.file_name from conformity_evidence e
                        left join attachment f on f.id = e.attachment_id
                        where e.product_version_id = :version and e.catalogue_id = :catalogue
                        order by e.added_at, e.id""")
                .param("version", versionId).param("catalogue", catalogueId)
                .query((row, n) -> evidence.computeIfAbsent(row.getString("item_ref"), ref -> new ArrayList<>())
                        .add(evidence(row))).list();
        return evidence;
    }

    void insert(UUID versionId, String catalogueId, Evidence evidence) {
        jdbc.sql("""
                        insert into conformity_evidence (id, product_version_id, catalogue_id, item_ref, attachment_id,
                            url, label, added_by, added_at)
                        values (:id, :version, :catalogue, :ref, :attachment, :url, :label, :by, :at)""")
                .param("id", evidence.id()).param("version", versionId).param("catalogue", catalogueId)
                .param("ref", evidence.ref()).param("attachment", evidence.attachmentId()).param("url", evidence.url())
                .param("label", evidence.label()).param("by", evidence.addedBy())
                .param("at", Timestamp.from(evidence.addedAt())).update();
    }

    void delete(UUID evidenceId) {
        jdbc.sql("delete from conformity_evidence where id = :id").param("id", evidenceId).update();
    }

    /** Whether any version still shows the file as evidence. */
    boolean attachmentInUse(UUID attachmentId) {
        return jdbc.sql("select count(*) from conformity_evidence where attachment_id = :attachment")
                .param("attachment", attachmentId).query(Integer.class).single() > 0;
    }

    private static JdbcClient.StatementSpec activityParams(JdbcClient.StatementSpec statement, UUID versionId,
                                                           String catalogueId, ActivityRecord activity) {
        return statement.param("version", versionId).param("catalogue", catalogueId).param("ref", activity.ref())
                .param("status", activity.status().name()).param("responsible", activity.responsibleName())
                .param("member", activity.responsibleUserId()).param("remarks", activity.remarks())
                .param("from", activity.carriedOverFrom()).param("by", activity.updatedBy())
                .param("at", Timestamp.from(activity.updatedAt()));
    }

    private static ActivityRecord activity(ResultSet row) throws SQLException {
        return new ActivityRecord(row.getString("item_ref"), ActivityStatus.valueOf(row.getString("status")),
                row.getString("responsible_name"), row.getObject("responsible_user_id", UUID.class),
                row.getString("remarks"), row.getObject("carried_over_from", UUID.class),
                row.getString("carried_over_version"), row.getString("updated_by"),
                row.getTimestamp("updated_at").toInstant());
    }

    private static Evidence evidence(ResultSet row) throws SQLException {
        return new Evidence(row.getObject("id", UUID.class), row.getString("item_ref"),
                row.getObject("attachment_id", UUID.class), row.getString("file_name"), row.getString("url"),
                row.getString("label"), row.getString("added_by"), row.getTimestamp("added_at").toInstant());
    }
}
