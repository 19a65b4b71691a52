package io.shinrai.server.riskassessment;

import io.shinrai.risk.Assessment;
import io.shinrai.risk.AssessmentReader;
import io.shinrai.risk.AssessmentState;
import io.shinrai.risk.RiskYamlWriter;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each version is kept as its shinrai-risk-assessment/1 YAML with the method in full, read back through core's
 * checks; the state is also a column, so that only a draft can be updated.
 */
@Repository
class AssessmentRepository {

    private final JdbcClient jdbc;
    private final AssessmentReader reader;
    private final RiskYamlWriter writer = new RiskYamlWriter();

    AssessmentRepository(JdbcClient jdbc, AssessmentReader reader) {
        this.jdbc = jdbc;
        this.reader = reader;
    }

    void insert(StoredAssessment stored) {
        jdbc.sql("""
                insert into risk_assessment (id, organisation_id, service_id, hospital_id, series_id, version, state,
                                             document, created_at, updated_at)
                values (:id, :organisationId, :serviceId, :hospitalId, :seriesId, :version, :state, :document,
                        :createdAt, :updatedAt)""")
                .param("id", stored.id()).param("organisationId", stored.organisationId())
                .param("serviceId", stored.serviceId()).param("hospitalId", stored.hospitalId())
                .param("seriesId", stored.seriesId()).param("version", stored.version())
                .param("state", stored.state().name()).param("document", writer.write(stored.assessment()))
                .param("createdAt", Timestamp.from(stored.createdAt()))
                .param("updatedAt", Timestamp.from(stored.updatedAt())).update();
    }

    /** Replaces the content of a draft; false when it is no longer a draft. */
    boolean updateDraft(UUID id, Assessment changed, Instant at) {
        return jdbc.sql("""
                update risk_assessment set document = :document, updated_at = :at
                where id = :id and state = 'DRAFT'""")
                .param("document", writer.write(changed)).param("at", Timestamp.from(at)).param("id", id)
                .update() == 1;
    }

    /**
     * Keeps a version moved on in its review, with who moved it; false when someone else moved it first, so that the
     * state it was read in is no longer the state it is in.
     */
    boolean move(StoredAssessment moved, AssessmentState from) {
        return jdbc.sql("""
                update risk_assessment set state = :state, document = :document, updated_at = :at,
                       submitted_by = :submittedBy, submitted_at = :submittedAt,
                       decided_by = :decidedBy, decided_at = :decidedAt
                where id = :id and state = :from""")
                .param("state", moved.state().name()).param("document", writer.write(moved.assessment()))
                .param("at", Timestamp.from(moved.updatedAt())).param("submittedBy", moved.submittedBy())
                .param("submittedAt", timestamp(moved.submittedAt())).param("decidedBy", moved.decidedBy())
                .param("decidedAt", timestamp(moved.decidedAt())).param("id", moved.id())
                .param("from", from.name()).update() == 1;
    }

    Optional<StoredAssessment> find(UUID organisationId, UUID id) {
        return jdbc.sql("select * from risk_assessment where id = :id and organisation_id = :organisationId")
                .param("id", id).param("organisationId", organisationId).query((row, n) -> fromRow(row)).optional();
    }

    List<StoredAssessment> findByService(UUID organisationId, UUID serviceId) {
        return jdbc.sql("""
                select * from risk_assessment where organisation_id = :organisationId and service_id = :serviceId
                order by series_id, version desc""")
                .param("organisationId", organisationId).param("serviceId", serviceId)
                .query((row, n) -> fromRow(row)).list();
    }

    int latestVersion(UUID seriesId) {
        return jdbc.sql("select max(version) from risk_assessment where series_id = :seriesId")
                .param("seriesId", seriesId).query(Integer.class).single();
    }

    private StoredAssessment fromRow(ResultSet row) throws SQLException {
        Assessment assessment = reader.read(row.getString("document").getBytes(StandardCharsets.UTF_8));
        return new StoredAssessment(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getObject("service_id", UUID.class), row.getObject("hospital_id", UUID.class),
                row.getObject("series_id", UUID.class), assessment, row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(), row.getString("submitted_by"),
                instant(row.getTimestamp("submitted_at")), row.getString("decided_by"),
                instant(row.getTimestamp("decided_at")));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
