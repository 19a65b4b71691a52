package io.shinrai.server.disclosure;

import io.shinrai.disclosure.Disclosure;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Disclosures are kept as their shinrai-disclosure/1 JSON, with the columns needed to list and find them. */
@Repository
class DisclosureRepository {

    private final JdbcClient jdbc;
    private final DisclosureText text;

    DisclosureRepository(JdbcClient jdbc, DisclosureText text) {
        this.jdbc = jdbc;
        this.text = text;
    }

    void insert(StoredDisclosure stored) {
        Disclosure document = stored.document();
        jdbc.sql("""
                insert into disclosure (id, organisation_id, series_id, revision, status, catalogue_id,
                                        catalogue_version, product, product_version, document_id, document,
                                        created_at, updated_at)
                values (:id, :organisationId, :seriesId, :revision, :status, :catalogueId, :catalogueVersion,
                        :product, :productVersion, :documentId, :document, :createdAt, :updatedAt)""")
                .param("id", stored.id())
                .param("organisationId", stored.organisationId())
                .param("seriesId", stored.seriesId())
                .param("revision", stored.revision())
                .param("status", stored.status().name())
                .param("catalogueId", document.catalogueId())
                .param("catalogueVersion", document.catalogueVersion())
                .param("product", document.basics().product())
                .param("productVersion", document.basics().productVersion())
                .param("documentId", document.documentId())
                .param("document", text.write(document))
                .param("createdAt", Timestamp.from(stored.createdAt()))
                .param("updatedAt", Timestamp.from(stored.updatedAt()))
                .update();
    }

    /** Replaces the document of a draft; a published revision is left alone and false is returned. */
    boolean updateDraft(UUID id, Disclosure document, Instant at) {
        return jdbc.sql("""
                update disclosure set document = :document, document_id = :documentId, product = :product,
                       product_version = :productVersion, updated_at = :at
                where id = :id and status = 'DRAFT'""")
                .param("document", text.write(document))
                .param("documentId", document.documentId())
                .param("product", document.basics().product())
                .param("productVersion", document.basics().productVersion())
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update() == 1;
    }

    boolean publish(UUID id, Instant at) {
        return jdbc.sql("""
                update disclosure set status = 'PUBLISHED', published_at = :at, updated_at = :at
                where id = :id and status = 'DRAFT'""")
                .param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    Optional<StoredDisclosure> find(UUID organisationId, UUID id) {
        return jdbc.sql("select * from disclosure where id = :id and organisation_id = :organisationId")
                .param("id", id).param("organisationId", organisationId)
                .query((row, n) -> fromRow(row)).optional();
    }

    /** Any organisation's disclosure: only for callers that have checked a share. */
    Optional<StoredDisclosure> findShared(UUID id) {
        return jdbc.sql("select * from disclosure where id = :id").param("id", id)
                .query((row, n) -> fromRow(row)).optional();
    }

    /** What is shared with a hospital now (not revoked), the latest shared first. */
    List<StoredDisclosure> findSharedWith(UUID recipientId) {
        return jdbc.sql("""
                select d.* from disclosure d join disclosure_share s on s.disclosure_id = d.id
                where s.recipient_id = :recipientId and s.revoked_at is null order by s.shared_at desc""")
                .param("recipientId", recipientId).query((row, n) -> fromRow(row)).list();
    }

    List<StoredDisclosure> findByOrganisation(UUID organisationId) {
        return jdbc.sql("select * from disclosure where organisation_id = :organisationId order by updated_at desc")
                .param("organisationId", organisationId).query((row, n) -> fromRow(row)).list();
    }

    int latestRevision(UUID seriesId) {
        return jdbc.sql("select max(revision) from disclosure where series_id = :seriesId")
                .param("seriesId", seriesId).query(Integer.class).single();
    }

    private StoredDisclosure fromRow(ResultSet row) throws SQLException {
        Disclosure document = text.read(row.getString("document"), row.getString("id"));
        Timestamp publishedAt = row.getTimestamp("published_at");
        return new StoredDisclosure(
                row.getObject("id", UUID.class),
                row.getObject("organisation_id", UUID.class),
                row.getObject("series_id", UUID.class),
                row.getInt("revision"),
                DisclosureStatus.valueOf(row.getString("status")),
                document,
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                publishedAt == null ? null : publishedAt.toInstant());
    }
}
