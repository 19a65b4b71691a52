package io.shinrai.server.riskassessment;

import io.shinrai.risk.RiskCatalogue;
import io.shinrai.risk.RiskYamlWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Catalogues are kept as their shinrai-risk-catalogue/1 YAML, read back through core's checks, with the one each
 * organisation has chosen for new assessments.
 */
@Repository
class RiskCatalogueRepository {

    private final JdbcClient jdbc;
    private final RiskYamlWriter writer = new RiskYamlWriter();
    private final OwnDocuments<StoredCatalogue> table;

    RiskCatalogueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.table = new OwnDocuments<>(jdbc, "risk_catalogue", (id, organisationId, document, at) ->
                new StoredCatalogue(id, organisationId, RiskCatalogue.read(document.getBytes(StandardCharsets.UTF_8)),
                        at));
    }

    void save(StoredCatalogue stored) {
        table.save(stored.id(), stored.organisationId(), writer.write(stored.catalogue()), stored.updatedAt());
    }

    Optional<StoredCatalogue> find(UUID organisationId, UUID id) {
        return table.find(organisationId, id);
    }

    List<StoredCatalogue> findByOrganisation(UUID organisationId) {
        return table.findByOrganisation(organisationId);
    }

    /** The organisation's own catalogue new assessments start with; empty when they use the built-in one. */
    Optional<UUID> findDefault(UUID organisationId) {
        return jdbc.sql("select catalogue_id from risk_catalogue_default where organisation_id = :organisationId")
                .param("organisationId", organisationId).query(UUID.class).optional();
    }

    /** @param catalogueId one of the organisation's own, or null for the built-in one */
    void saveDefault(UUID organisationId, UUID catalogueId) {
        jdbc.sql("delete from risk_catalogue_default where organisation_id = :organisationId")
                .param("organisationId", organisationId).update();
        if (catalogueId != null) {
            jdbc.sql("insert into risk_catalogue_default (organisation_id, catalogue_id) values (:o, :c)")
                    .param("o", organisationId).param("c", catalogueId).update();
        }
    }
}
