package io.shinrai.server.disclosure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ShareRepository {

    private final JdbcClient jdbc;

    ShareRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Shares, or shares again after a revocation. */
    void share(UUID disclosureId, UUID recipientId, Instant at) {
        int renewed = jdbc.sql("""
                update disclosure_share set shared_at = :at, revoked_at = null
                where disclosure_id = :disclosureId and recipient_id = :recipientId""")
                .param("at", Timestamp.from(at)).param("disclosureId", disclosureId)
                .param("recipientId", recipientId).update();
        if (renewed == 0) {
            jdbc.sql("""
                    insert into disclosure_share (disclosure_id, recipient_id, shared_at)
                    values (:disclosureId, :recipientId, :at)""")
                    .param("at", Timestamp.from(at)).param("disclosureId", disclosureId)
                    .param("recipientId", recipientId).update();
        }
    }

    boolean revoke(UUID disclosureId, UUID recipientId, Instant at) {
        return jdbc.sql("""
                update disclosure_share set revoked_at = :at
                where disclosure_id = :disclosureId and recipient_id = :recipientId and revoked_at is null""")
                .param("at", Timestamp.from(at)).param("disclosureId", disclosureId)
                .param("recipientId", recipientId).update() == 1;
    }

    List<Share> ofDisclosure(UUID disclosureId) {
        return jdbc.sql("""
                select s.*, o.name from disclosure_share s join organisation o on o.id = s.recipient_id
                where s.disclosure_id = :disclosureId order by o.name""")
                .param("disclosureId", disclosureId).query((row, n) -> new Share(
                        row.getObject("disclosure_id", UUID.class),
                        row.getObject("recipient_id", UUID.class),
                        row.getString("name"),
                        row.getTimestamp("shared_at").toInstant(),
                        row.getTimestamp("revoked_at") == null ? null : row.getTimestamp("revoked_at").toInstant()))
                .list();
    }

    /** What a hospital may see now, without the documents themselves; the latest shared first. */
    List<SharedRevision> revisionsFor(UUID recipientId) {
        return jdbc.sql("""
                select d.id, d.document_id, d.revision, d.published_at, o.name
                from disclosure_share s join disclosure d on d.id = s.disclosure_id
                     join organisation o on o.id = d.organisation_id
                where s.recipient_id = :recipientId and s.revoked_at is null order by s.shared_at desc""")
                .param("recipientId", recipientId).query((row, n) -> {
                    Timestamp publishedAt = row.getTimestamp("published_at");
                    return new SharedRevision(row.getObject("id", UUID.class), row.getString("document_id"),
                            row.getInt("revision"), publishedAt == null ? null : publishedAt.toInstant(),
                            row.getString("name"));
                })
                .list();
    }

    boolean isActive(UUID disclosureId, UUID recipientId) {
        return jdbc.sql("""
                select count(*) from disclosure_share
                where disclosure_id = :disclosureId and recipient_id = :recipientId and revoked_at is null""")
                .param("disclosureId", disclosureId).param("recipientId", recipientId)
                .query(Long.class).single() > 0;
    }
}
