package io.shinrai.server.disclosure;

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
class ShareLinkRepository {

    private final JdbcClient jdbc;

    ShareLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ShareLink link, String tokenHash) {
        jdbc.sql("""
                insert into disclosure_share_link (id, disclosure_id, token_hash, label, created_by, created_at,
                                                   expires_at)
                values (:id, :disclosureId, :hash, :label, :createdBy, :createdAt, :expiresAt)""")
                .param("id", link.id())
                .param("disclosureId", link.disclosureId())
                .param("hash", tokenHash)
                .param("label", link.label())
                .param("createdBy", link.createdBy())
                .param("createdAt", Timestamp.from(link.createdAt()))
                .param("expiresAt", Timestamp.from(link.expiresAt()))
                .update();
    }

    Optional<ShareLink> findByTokenHash(String tokenHash) {
        return jdbc.sql("select * from disclosure_share_link where token_hash = :hash").param("hash", tokenHash)
                .query((row, n) -> fromRow(row)).optional();
    }

    Optional<ShareLink> find(UUID disclosureId, UUID id) {
        return jdbc.sql("select * from disclosure_share_link where id = :id and disclosure_id = :disclosureId")
                .param("id", id).param("disclosureId", disclosureId)
                .query((row, n) -> fromRow(row)).optional();
    }

    List<ShareLink> ofDisclosure(UUID disclosureId) {
        return jdbc.sql("""
                select * from disclosure_share_link where disclosure_id = :disclosureId order by created_at desc""")
                .param("disclosureId", disclosureId).query((row, n) -> fromRow(row)).list();
    }

    boolean revoke(UUID id, UUID revokedBy, Instant at) {
        return jdbc.sql("""
                update disclosure_share_link set revoked_at = :at, revoked_by = :revokedBy
                where id = :id and revoked_at is null""")
                .param("at", Timestamp.from(at)).param("revokedBy", revokedBy).param("id", id).update() == 1;
    }

    void countUse(UUID id, Instant at) {
        jdbc.sql("update disclosure_share_link set last_used_at = :at, use_count = use_count + 1 where id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    private static ShareLink fromRow(ResultSet row) throws SQLException {
        return new ShareLink(
                row.getObject("id", UUID.class),
                row.getObject("disclosure_id", UUID.class),
                row.getString("label"),
                row.getObject("created_by", UUID.class),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("expires_at").toInstant(),
                instant(row.getTimestamp("revoked_at")),
                row.getObject("revoked_by", UUID.class),
                instant(row.getTimestamp("last_used_at")),
                row.getInt("use_count"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
