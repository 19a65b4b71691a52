package io.shinrai.server.inventory;

import io.shinrai.server.disclosure.DisclosureText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
        return read(jdbc.sql("""
                select * from system_disclosure where organisation_id = :org and system_id = :system
                order by received_at desc""")
                .param("org", organisationId).param("system", systemId));
    }

    /** Every system's, newest first. */
    List<ReceivedDisclosure> ofHospital(UUID organisationId) {
        return read(jdbc.sql("select * from system_disclosure where organisation_id = :org order by received_at desc")
                .param("org", organisationId));
    }

    /** Every system's latest per checklist, without the older ones that a long history holds. */
    List<ReceivedDisclosure> latestOfHospital(UUID organisationId) {
        return read(jdbc.sql("""
                select * from system_disclosure d where organisation_id = :org and received_at = (
                    select max(l.received_at) from system_disclosure l
                    where l.system_id = d.system_id and l.catalogue_id = d.catalogue_id)
                order by received_at desc""")
                .param("org", organisationId));
    }

    Optional<ReceivedDisclosure> find(UUID organisationId, UUID systemId, UUID id) {
        return read(jdbc.sql("""
                select * from system_disclosure where organisation_id = :org and system_id = :system and id = :id""")
                .param("org", organisationId).param("system", systemId).param("id", id)).stream().findFirst();
    }

    /**
     * The rows first, their documents parsed after: reading hundreds of documents takes long enough that the
     * connection should be back in the pool meanwhile.
     */
    private List<ReceivedDisclosure> read(JdbcClient.StatementSpec query) {
        return query.query((row, n) -> Row.of(row)).list().stream().map(row -> row.parsed(text)).toList();
    }

    /** A row as read, its document still text. */
    private record Row(UUID id, UUID organisationId, UUID systemId, UUID sharedDisclosureId, String publisher,
                       String fileName, Integer revision, String document, Instant receivedAt, UUID receivedBy) {

        static Row of(ResultSet row) throws SQLException {
            Object revision = row.getObject("revision");
            return new Row(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                    row.getObject("system_id", UUID.class), row.getObject("shared_disclosure_id", UUID.class),
                    row.getString("publisher"), row.getString("file_name"),
                    revision == null ? null : ((Number) revision).intValue(), row.getString("document"),
                    row.getTimestamp("received_at").toInstant(), row.getObject("received_by", UUID.class));
        }

        ReceivedDisclosure parsed(DisclosureText text) {
            return new ReceivedDisclosure(id, organisationId, systemId, sharedDisclosureId, publisher, fileName,
                    revision, text.read(document, id), receivedAt, receivedBy);
        }
    }
}
