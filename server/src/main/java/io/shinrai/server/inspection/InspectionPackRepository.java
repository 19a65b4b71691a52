package io.shinrai.server.inspection;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InspectionPackRepository {

    private final JdbcClient jdbc;

    InspectionPackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(InspectionPack pack) {
        jdbc.sql("""
                insert into inspection_pack (id, organisation_id, responsible_person, prepared_on, generated_at,
                    generated_by, generated_by_name, sha256)
                values (:id, :org, :person, :preparedOn, :at, :by, :byName, :sha256)""")
                .param("id", pack.id()).param("org", pack.organisationId()).param("person", pack.responsiblePerson())
                .param("preparedOn", Date.valueOf(pack.preparedOn())).param("at", Timestamp.from(pack.generatedAt()))
                .param("by", pack.generatedBy()).param("byName", pack.generatedByName()).param("sha256", pack.sha256())
                .update();
    }

    /** Newest first. */
    List<InspectionPack> of(UUID organisationId) {
        return jdbc.sql("select * from inspection_pack where organisation_id = :org order by generated_at desc")
                .param("org", organisationId)
                .query((row, n) -> new InspectionPack(row.getObject("id", UUID.class),
                        row.getObject("organisation_id", UUID.class), row.getString("responsible_person"),
                        row.getDate("prepared_on").toLocalDate(), row.getTimestamp("generated_at").toInstant(),
                        row.getObject("generated_by", UUID.class), row.getString("generated_by_name"),
                        row.getString("sha256")))
                .list();
    }
}
