package io.shinrai.server.membership;

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
class InvitationRepository {

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Invitation invitation, String tokenHash) {
        jdbc.sql("""
                insert into invitation (id, token_hash, organisation_id, email, role, invited_by, expires_at, created_at)
                values (:id, :hash, :organisationId, :email, :role, :invitedBy, :expiresAt, :createdAt)""")
                .param("id", invitation.id())
                .param("hash", tokenHash)
                .param("organisationId", invitation.organisationId())
                .param("email", invitation.email())
                .param("role", invitation.role().name())
                .param("invitedBy", invitation.invitedBy())
                .param("expiresAt", Timestamp.from(invitation.expiresAt()))
                .param("createdAt", Timestamp.from(invitation.createdAt()))
                .update();
    }

    Optional<Invitation> findByTokenHash(String tokenHash) {
        return jdbc.sql("select * from invitation where token_hash = :hash").param("hash", tokenHash)
                .query((row, n) -> fromRow(row)).optional();
    }

    List<Invitation> findOpen(UUID organisationId, Instant now) {
        return jdbc.sql("""
                select * from invitation where organisation_id = :organisationId and accepted_at is null
                and expires_at > :now order by created_at desc""")
                .param("organisationId", organisationId).param("now", Timestamp.from(now))
                .query((row, n) -> fromRow(row)).list();
    }

    /** Marks the invitation accepted unless someone else already did: the link works once. */
    boolean accept(UUID id, Instant at) {
        return jdbc.sql("update invitation set accepted_at = :at where id = :id and accepted_at is null")
                .param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    private static Invitation fromRow(ResultSet row) throws SQLException {
        Timestamp acceptedAt = row.getTimestamp("accepted_at");
        return new Invitation(
                row.getObject("id", UUID.class),
                row.getObject("organisation_id", UUID.class),
                row.getString("email"),
                OrgRole.valueOf(row.getString("role")),
                row.getObject("invited_by", UUID.class),
                row.getTimestamp("expires_at").toInstant(),
                acceptedAt == null ? null : acceptedAt.toInstant(),
                row.getTimestamp("created_at").toInstant());
    }
}
