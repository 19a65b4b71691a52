package io.shinrai.server.riskassessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table of an organisation's own risk documents — methods, catalogues — each kept as the YAML text core writes and
 * read back through core's reader, so that a stored document is checked like a file.
 *
 * @param <T> what a row is read as
 */
final class OwnDocuments<T> {

    /** Builds what a row is read as from its columns; the document is the YAML text. */
    interface Reading<T> {
        T read(UUID id, UUID organisationId, String document, Instant updatedAt);
    }

    private final JdbcClient jdbc;
    private final String table;
    private final Reading<T> reading;

    /** @param table a table with columns id, organisation_id, document and updated_at */
    OwnDocuments(JdbcClient jdbc, String table, Reading<T> reading) {
        this.jdbc = jdbc;
        this.table = table;
        this.reading = reading;
    }

    void save(UUID id, UUID organisationId, String document, Instant at) {
        int updated = jdbc.sql("update " + table + " set document = :document, updated_at = :at where id = :id")
                .param("document", document).param("at", Timestamp.from(at)).param("id", id).update();
        if (updated == 0) {
            jdbc.sql("insert into " + table + " (id, organisation_id, document, updated_at) "
                            + "values (:id, :organisationId, :document, :at)")
                    .param("id", id).param("organisationId", organisationId).param("document", document)
                    .param("at", Timestamp.from(at)).update();
        }
    }

    Optional<T> find(UUID organisationId, UUID id) {
        return jdbc.sql("select * from " + table + " where id = :id and organisation_id = :organisationId")
                .param("id", id).param("organisationId", organisationId).query((row, n) -> read(row)).optional();
    }

    List<T> findByOrganisation(UUID organisationId) {
        return jdbc.sql("select * from " + table + " where organisation_id = :organisationId order by updated_at desc")
                .param("organisationId", organisationId).query((row, n) -> read(row)).list();
    }

    private T read(ResultSet row) throws SQLException {
        return reading.read(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getString("document"), row.getTimestamp("updated_at").toInstant());
    }
}
