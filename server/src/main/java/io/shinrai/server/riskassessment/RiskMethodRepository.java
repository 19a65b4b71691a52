package io.shinrai.server.riskassessment;

import io.shinrai.risk.RiskMethodReader;
import io.shinrai.risk.RiskYamlWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Methods are kept as their shinrai-risk-method/1 YAML, read back through core's checks. */
@Repository
class RiskMethodRepository {

    private final RiskYamlWriter writer = new RiskYamlWriter();
    private final OwnDocuments<StoredMethod> table;

    RiskMethodRepository(JdbcClient jdbc) {
        RiskMethodReader reader = new RiskMethodReader();
        this.table = new OwnDocuments<>(jdbc, "risk_method", (id, organisationId, document, at) ->
                new StoredMethod(id, organisationId, reader.read(document.getBytes(StandardCharsets.UTF_8)), at));
    }

    void save(StoredMethod stored) {
        table.save(stored.id(), stored.organisationId(), writer.write(stored.method()), stored.updatedAt());
    }

    Optional<StoredMethod> find(UUID organisationId, UUID id) {
        return table.find(organisationId, id);
    }

    List<StoredMethod> findByOrganisation(UUID organisationId) {
        return table.findByOrganisation(organisationId);
    }
}
