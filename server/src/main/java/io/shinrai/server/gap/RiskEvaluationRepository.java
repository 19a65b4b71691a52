package io.shinrai.server.gap;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RiskEvaluationRepository {

    /** The condition that keeps only the latest version of each evaluation {@code e}. */
    private static final String LATEST = """
            e.version = (select max(l.version) from risk_evaluation l where l.system_id = e.system_id
                and l.catalogue_id = e.catalogue_id and l.item_ref = e.item_ref)""";

    private final JdbcClient jdbc;

    RiskEvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(RiskEvaluation evaluation) {
        jdbc.sql("""
                insert into risk_evaluation (id, organisation_id, system_id, catalogue_id, item_ref, version, decision,
                    rationale, controls, owner, due_on, next_review_on, status, comment, recorded_at, recorded_by,
                    recorded_by_name)
                values (:id, :org, :system, :catalogue, :ref, :version, :decision, :rationale, :controls, :owner,
                    :dueOn, :nextReviewOn, :status, :comment, :recordedAt, :recordedBy, :recordedByName)""")
                .param("id", evaluation.id()).param("org", evaluation.organisationId())
                .param("system", evaluation.systemId()).param("catalogue", evaluation.catalogueId())
                .param("ref", evaluation.itemRef()).param("version", evaluation.version())
                .param("decision", evaluation.decision().name()).param("rationale", evaluation.rationale())
                .param("controls", evaluation.controls()).param("owner", evaluation.owner())
                .param("dueOn", date(evaluation.dueOn())).param("nextReviewOn", date(evaluation.nextReviewOn()))
                .param("status", evaluation.status().name()).param("comment", evaluation.comment())
                .param("recordedAt", Timestamp.from(evaluation.recordedAt()))
                .param("recordedBy", evaluation.recordedBy()).param("recordedByName", evaluation.recordedByName())
                .update();
    }

    /** Every version for one item of one system, the latest first. */
    List<RiskEvaluation> history(UUID organisationId, UUID systemId, String catalogueId, String ref) {
        return jdbc.sql("""
                select * from risk_evaluation where organisation_id = :org and system_id = :system
                    and catalogue_id = :catalogue and item_ref = :ref order by version desc""")
                .param("org", organisationId).param("system", systemId).param("catalogue", catalogueId)
                .param("ref", ref).query((row, n) -> evaluation(row)).list();
    }

    /** The latest version of every evaluation of a hospital. */
    List<RiskEvaluation> currentOf(UUID organisationId) {
        return jdbc.sql("select e.* from risk_evaluation e where e.organisation_id = :org and " + LATEST)
                .param("org", organisationId).query((row, n) -> evaluation(row)).list();
    }

    /** The latest version of every evaluation of one of a hospital's systems. */
    List<RiskEvaluation> currentOf(UUID organisationId, UUID systemId) {
        return jdbc.sql("select e.* from risk_evaluation e where e.organisation_id = :org"
                        + " and e.system_id = :system and " + LATEST)
                .param("org", organisationId).param("system", systemId).query((row, n) -> evaluation(row)).list();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static RiskEvaluation evaluation(ResultSet row) throws SQLException {
        return new RiskEvaluation(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getObject("system_id", UUID.class), row.getString("catalogue_id"), row.getString("item_ref"),
                row.getInt("version"), RiskDecision.valueOf(row.getString("decision")), row.getString("rationale"),
                row.getString("controls"), row.getString("owner"), localDate(row.getDate("due_on")),
                localDate(row.getDate("next_review_on")), EvaluationStatus.valueOf(row.getString("status")),
                row.getString("comment"), row.getTimestamp("recorded_at").toInstant(),
                row.getObject("recorded_by", UUID.class), row.getString("recorded_by_name"));
    }
}
