package io.shinrai.server.riskassessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RemoteServiceRepository {

    private final JdbcClient jdbc;

    RemoteServiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(RemoteService service) {
        jdbc.sql("""
                insert into remote_service (id, organisation_id, name, created_at)
                values (:id, :organisationId, :name, :createdAt)""")
                .param("id", service.id()).param("organisationId", service.organisationId())
                .param("name", service.name()).param("createdAt", Timestamp.from(service.createdAt())).update();
    }

    Optional<RemoteService> find(UUID organisationId, UUID id) {
        return jdbc.sql("select * from remote_service where id = :id and organisation_id = :organisationId")
                .param("id", id).param("organisationId", organisationId).query((row, n) -> fromRow(row)).optional();
    }

    void linkDisclosure(UUID id, UUID disclosureSeriesId) {
        jdbc.sql("update remote_service set disclosure_series_id = :series where id = :id")
                .param("series", disclosureSeriesId).param("id", id).update();
    }

    /** The services an organisation's disclosure series speaks for: only for callers that have checked a share. */
    List<RemoteService> findByDisclosureSeries(UUID organisationId, UUID disclosureSeriesId) {
        return jdbc.sql("""
                select * from remote_service
                where organisation_id = :organisationId and disclosure_series_id = :series order by name""")
                .param("organisationId", organisationId).param("series", disclosureSeriesId)
                .query((row, n) -> fromRow(row)).list();
    }

    List<RemoteService> findByOrganisation(UUID organisationId) {
        return jdbc.sql("select * from remote_service where organisation_id = :organisationId order by name")
                .param("organisationId", organisationId).query((row, n) -> fromRow(row)).list();
    }

    private static RemoteService fromRow(ResultSet row) throws SQLException {
        return new RemoteService(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getString("name"), row.getObject("disclosure_series_id", UUID.class),
                row.getTimestamp("created_at").toInstant());
    }
}
