package io.shinrai.server.disclosure;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.json.DisclosureJson;
import io.shinrai.disclosure.json.InvalidDisclosureException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/** Disclosures are kept as their shinrai-disclosure/1 JSON, with the columns needed to list and find them. */
@Repository
class DisclosureRepository {

    private final JdbcClient jdbc;
    private final CatalogueLibrary catalogues;
    private final DisclosureJson json = new DisclosureJson();

    DisclosureRepository(JdbcClient jdbc, CatalogueLibrary catalogues) {
        this.jdbc = jdbc;
        this.catalogues = catalogues;
    }

    void insert(StoredDisclosure stored) {
        Disclosure document = stored.document();
        jdbc.sql("""
                insert into disclosure (id, organisation_id, series_id, revision, status, catalogue_id,
                                        catalogue_version, product, product_version, document, created_at, updated_at)
                values (:id, :organisationId, :seriesId, :revision, :status, :catalogueId, :catalogueVersion,
                        :product, :productVersion, :document, :createdAt, :updatedAt)""")
                .param("id", stored.id())
                .param("organisationId", stored.organisationId())
                .param("seriesId", stored.seriesId())
                .param("revision", stored.revision())
                .param("status", stored.status().name())
                .param("catalogueId", document.catalogueId())
                .param("catalogueVersion", document.catalogueVersion())
                .param("product", document.basics().product())
                .param("productVersion", document.basics().productVersion())
                .param("document", toJson(document))
                .param("createdAt", Timestamp.from(stored.createdAt()))
                .param("updatedAt", Timestamp.from(stored.updatedAt()))
                .update();
    }

    /** Replaces the document of a draft; a published revision is left alone and false is returned. */
    boolean updateDraft(UUID id, Disclosure document, Instant at) {
        return jdbc.sql("""
                update disclosure set document = :document, product = :product, product_version = :productVersion,
                       updated_at = :at
                where id = :id and status = 'DRAFT'""")
                .param("document", toJson(document))
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

    List<StoredDisclosure> findByOrganisation(UUID organisationId) {
        return jdbc.sql("select * from disclosure where organisation_id = :organisationId order by updated_at desc")
                .param("organisationId", organisationId).query((row, n) -> fromRow(row)).list();
    }

    int latestRevision(UUID seriesId) {
        return jdbc.sql("select max(revision) from disclosure where series_id = :seriesId")
                .param("seriesId", seriesId).query(Integer.class).single();
    }

    private String toJson(Disclosure document) {
        Catalogue catalogue = catalogues.find(document.catalogueId(), document.catalogueVersion())
                .orElseThrow(() -> new IllegalStateException("unknown catalogue " + document.catalogueId()));
        return new String(json.write(document, catalogue), StandardCharsets.UTF_8);
    }

    private StoredDisclosure fromRow(ResultSet row) throws SQLException {
        Disclosure document;
        try {
            document = json.read(new ByteArrayInputStream(row.getString("document").getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidDisclosureException e) {
            throw new IllegalStateException("stored disclosure " + row.getString("id") + " is not valid: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
