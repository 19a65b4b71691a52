package io.shinrai.server.riskassessment;

import io.shinrai.risk.RiskMethodReader;
import io.shinrai.risk.RiskYamlWriter;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Methods are kept as their shinrai-risk-method/1 YAML, read back through core's checks. */
@Repository
class RiskMethodRepository {

    private final JdbcClient jdbc;
    private final RiskYamlWriter writer = new RiskYamlWriter();
    private final RiskMethodReader reader = new RiskMethodReader();

    RiskMethodRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(StoredMethod stored) {
        int updated = jdbc.sql("update risk_method set document = :document, updated_at = :at where id = :id")
                .param("document", writer.write(stored.method())).param("at", Timestamp.from(stored.updatedAt()))
                .param("id", stored.id()).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into risk_method (id, organisation_id, document, updated_at)
                    values (:id, :organisationId, :document, :at)""")
                    .param("id", stored.id()).param("organisationId", stored.organisationId())
                    .param("document", writer.write(stored.method()))
                    .param("at", Timestamp.from(stored.updatedAt())).update();
        }
    }

    Optional<StoredMethod> find(UUID organisationId, UUID id) {
        return jdbc.sql("select * from risk_method where id = :id and organisation_id = :organisationId")
                .param("id", id).param("organisationId", organisationId).query((row, n) -> fromRow(row)).optional();
    }

    List<StoredMethod> findByOrganisation(UUID organisationId) {
        return jdbc.sql("select * from risk_method where organisation_id = :organisationId order by updated_at desc")
                .param("organisationId", organisationId).query((row, n) -> fromRow(row)).list();
    }

    private StoredMethod fromRow(ResultSet row) throws SQLException {
        return new StoredMethod(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                reader.read(row.getString("document").getBytes(StandardCharsets.UTF_8)),
                row.getTimestamp("updated_at").toInstant());
    }
}
