package io.shinrai.server.inventory;

import io.shinrai.server.disclosure.DisclosureText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReceivedDisclosureRepository {

    private final JdbcClient jdbc;
    private final DisclosureText text;

    ReceivedDisclosureRepository(JdbcClient jdbc, DisclosureText text) {
        this.jdbc = jdbc;
        this.text = text;
    }

    void insert(ReceivedDisclosure received) {
        jdbc.sql("""
                insert into system_disclosure (id, organisation_id, system_id, shared_disclosure_id, publisher,
                    file_name, document_id, catalogue_id, catalogue_version, revision, document, received_at,
                    received_by)
                values (:id, :org, :system, :shared, :publisher, :fileName, :documentId, :catalogueId,
                    :catalogueVersion, :revision, :document, :receivedAt, :receivedBy)""")
                .param("id", received.id()).param("org", received.organisationId())
                .param("system", received.systemId()).param("shared", received.sharedDisclosureId())
                .param("publisher", received.publisher()).param("fileName", received.fileName())
                .param("documentId", received.document().documentId())
                .param("catalogueId", received.document().catalogueId())
                .param("catalogueVersion", received.document().catalogueVersion())
                .param("revision", received.revision()).param("document", text.write(received.document()))
                .param("receivedAt", Timestamp.from(received.receivedAt()))
                .param("receivedBy", received.receivedBy()).update();
    }

    /** Newest first. */
    List<ReceivedDisclosure> ofSystem(UUID organisationId, UUID systemId) {
        return jdbc.sql("""
                select * from system_disclosure where organisation_id = :org and system_id = :system
                order by received_at desc""")
                .param("org", organisationId).param("system", systemId).query((row, n) -> received(row)).list();
    }

    /** Every system's, newest first. */
    List<ReceivedDisclosure> ofHospital(UUID organisationId) {
        return jdbc.sql("select * from system_disclosure where organisation_id = :org order by received_at desc")
                .param("org", organisationId).query((row, n) -> received(row)).list();
    }

    Optional<ReceivedDisclosure> find(UUID organisationId, UUID systemId, UUID id) {
        return jdbc.sql("""
                select * from system_disclosure where organisation_id = :org and system_id = :system and id = :id""")
                .param("org", organisationId).param("system", systemId).param("id", id)
                .query((row, n) -> received(row)).optional();
    }

    private ReceivedDisclosure received(ResultSet row) throws SQLException {
        Object revision = row.getObject("revision");
        return new ReceivedDisclosure(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getObject("system_id", UUID.class), row.getObject("shared_disclosure_id", UUID.class),
                row.getString("publisher"), row.getString("file_name"),
                revision == null ? null : ((Number) revision).intValue(),
                text.read(row.getString("document"), row.getString("id")),
                row.getTimestamp("received_at").toInstant(), row.getObject("received_by", UUID.class));
    }
}
