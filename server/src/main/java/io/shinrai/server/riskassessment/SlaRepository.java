package io.shinrai.server.riskassessment;

import io.shinrai.sla.SlaTerms;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** A service's SLA terms as JSON; reading them back runs core's checks again. */
@Repository
class SlaRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SlaRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void save(UUID serviceId, SlaTerms terms, Instant at) {
        String text = json.writeValueAsString(terms);
        int updated = jdbc.sql("update remote_service_sla set terms = :terms, updated_at = :at where service_id = :id")
                .param("terms", text).param("at", Timestamp.from(at)).param("id", serviceId).update();
        if (updated == 0) {
            jdbc.sql("insert into remote_service_sla (service_id, terms, updated_at) values (:id, :terms, :at)")
                    .param("id", serviceId).param("terms", text).param("at", Timestamp.from(at)).update();
        }
    }

    Optional<SlaTerms> find(UUID serviceId) {
        return jdbc.sql("select terms from remote_service_sla where service_id = :id").param("id", serviceId)
                .query(String.class).optional().map(text -> json.readValue(text, SlaTerms.class));
    }
}
