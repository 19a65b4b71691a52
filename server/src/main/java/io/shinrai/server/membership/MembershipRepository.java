package io.shinrai.server.membership;

import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationRepository;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MembershipRepository {

    private final JdbcClient jdbc;

    MembershipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OrgRole> roleOf(UUID userId, UUID organisationId) {
        return jdbc.sql("select role from membership where user_id = :userId and organisation_id = :orgId")
                .param("userId", userId).param("orgId", organisationId)
                .query((row, n) -> OrgRole.valueOf(row.getString("role"))).optional();
    }

    public void put(UUID userId, UUID organisationId, OrgRole role) {
        int updated = jdbc.sql("update membership set role = :role where user_id = :userId and organisation_id = :orgId")
                .param("role", role.name()).param("userId", userId).param("orgId", organisationId).update();
        if (updated == 0) {
            jdbc.sql("insert into membership (user_id, organisation_id, role) values (:userId, :orgId, :role)")
                    .param("role", role.name()).param("userId", userId).param("orgId", organisationId).update();
        }
    }

    public void remove(UUID userId, UUID organisationId) {
        jdbc.sql("delete from membership where user_id = :userId and organisation_id = :orgId")
                .param("userId", userId).param("orgId", organisationId).update();
    }

    public long countAdmins(UUID organisationId) {
        return jdbc.sql("select count(*) from membership where organisation_id = :orgId and role = 'ORG_ADMIN'")
                .param("orgId", organisationId).query(Long.class).single();
    }

    public List<Member> members(UUID organisationId) {
        return jdbc.sql("""
                select u.id, u.email, u.display_name, m.role, u.locked_until
                from membership m join user_account u on u.id = m.user_id
                where m.organisation_id = :orgId order by u.display_name""")
                .param("orgId", organisationId)
                .query((row, n) -> new Member(
                        row.getObject("id", UUID.class),
                        row.getString("email"),
                        row.getString("display_name"),
                        OrgRole.valueOf(row.getString("role")),
                        instant(row.getTimestamp("locked_until"))))
                .list();
    }

    public List<Affiliation> affiliationsOf(UUID userId) {
        return jdbc.sql("""
                select o.*, m.role from membership m join organisation o on o.id = m.organisation_id
                where m.user_id = :userId order by o.name""")
                .param("userId", userId)
                .query((row, n) -> new Affiliation(
                        OrganisationRepository.fromRow(row),
                        OrgRole.valueOf(row.getString("role"))))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** An organisation and the role the user holds there. */
    public record Affiliation(Organisation organisation, OrgRole role) {
    }
}
