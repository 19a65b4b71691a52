package io.shinrai.server.apitoken;

import io.shinrai.server.membership.OrgRole;
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
class ApiTokenRepository {

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ApiToken token, String tokenHash) {
        jdbc.sql("""
                insert into api_token (id, organisation_id, created_by, name, token_hash, role, expires_at, created_at)
                values (:id, :organisationId, :createdBy, :name, :hash, :role, :expiresAt, :createdAt)""")
                .param("id", token.id())
                .param("organisationId", token.organisationId())
                .param("createdBy", token.createdBy())
                .param("name", token.name())
                .param("hash", tokenHash)
                .param("role", token.role().name())
                .param("expiresAt", Timestamp.from(token.expiresAt()))
                .param("createdAt", Timestamp.from(token.createdAt()))
                .update();
    }

    Optional<ApiToken> findByHash(String tokenHash) {
        return jdbc.sql("select * from api_token where token_hash = :hash").param("hash", tokenHash)
                .query((row, n) -> fromRow(row)).optional();
    }

    Optional<ApiToken> find(UUID organisationId, UUID id) {
        return jdbc.sql("select * from api_token where id = :id and organisation_id = :organisationId")
                .param("id", id).param("organisationId", organisationId)
                .query((row, n) -> fromRow(row)).optional();
    }

    List<ApiToken> findByOrganisation(UUID organisationId) {
        return jdbc.sql("select * from api_token where organisation_id = :organisationId order by created_at desc")
                .param("organisationId", organisationId).query((row, n) -> fromRow(row)).list();
    }

    void revoke(UUID id, Instant at) {
        jdbc.sql("update api_token set revoked_at = :at where id = :id and revoked_at is null")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    void touch(UUID id, Instant at) {
        jdbc.sql("update api_token set last_used_at = :at where id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    private static ApiToken fromRow(ResultSet row) throws SQLException {
        return new ApiToken(
                row.getObject("id", UUID.class),
                row.getObject("organisation_id", UUID.class),
                row.getObject("created_by", UUID.class),
                row.getString("name"),
                OrgRole.valueOf(row.getString("role")),
                row.getTimestamp("expires_at").toInstant(),
                instant(row.getTimestamp("revoked_at")),
                instant(row.getTimestamp("last_used_at")),
                row.getTimestamp("created_at").toInstant());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
