package io.shinrai.server.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrganisationRepository {

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Organisation organisation) {
        jdbc.sql("""
                insert into organisation (id, name, kind, advanced_treatment_hospital, critical_infrastructure,
                                          require_two_factor, created_at)
                values (:id, :name, :kind, :advanced, :critical, :twoFactor, :createdAt)""")
                .param("id", organisation.id())
                .param("name", organisation.name())
                .param("kind", organisation.kind().name())
                .param("advanced", organisation.advancedTreatmentHospital())
                .param("critical", organisation.criticalInfrastructure())
                .param("twoFactor", organisation.requireTwoFactor())
                .param("createdAt", Timestamp.from(organisation.createdAt()))
                .update();
    }

    public void update(Organisation organisation) {
        jdbc.sql("""
                update organisation set name = :name, advanced_treatment_hospital = :advanced,
                       critical_infrastructure = :critical, require_two_factor = :twoFactor
                where id = :id""")
                .param("id", organisation.id())
                .param("name", organisation.name())
                .param("advanced", organisation.advancedTreatmentHospital())
                .param("critical", organisation.criticalInfrastructure())
                .param("twoFactor", organisation.requireTwoFactor())
                .update();
    }

    public Optional<Organisation> find(UUID id) {
        return jdbc.sql("select * from organisation where id = :id").param("id", id).query((row, n) -> fromRow(row)).optional();
    }

    public List<Organisation> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from organisation where id in (:ids)").param("ids", ids)
                .query((row, n) -> fromRow(row)).list();
    }

    public boolean existsByName(String name) {
        return jdbc.sql("select count(*) from organisation where lower(name) = lower(:name)")
                .param("name", name).query(Long.class).single() > 0;
    }

    public List<Organisation> findAll() {
        return jdbc.sql("select * from organisation order by name").query((row, n) -> fromRow(row)).list();
    }

    /** Whether any organisation the user belongs to demands two-factor sign-in. */
    public boolean anyRequiresTwoFactorFor(UUID userId) {
        return jdbc.sql("""
                select count(*) from organisation o join membership m on m.organisation_id = o.id
                where m.user_id = :userId and o.require_two_factor""")
                .param("userId", userId).query(Long.class).single() > 0;
    }

    /** Reads an organisation from a row that holds all of its columns. */
    public static Organisation fromRow(ResultSet row) throws SQLException {
        return new Organisation(
                row.getObject("id", UUID.class),
                row.getString("name"),
                OrganisationKind.valueOf(row.getString("kind")),
                row.getBoolean("advanced_treatment_hospital"),
                row.getBoolean("critical_infrastructure"),
                row.getBoolean("require_two_factor"),
                row.getTimestamp("created_at").toInstant());
    }
}
