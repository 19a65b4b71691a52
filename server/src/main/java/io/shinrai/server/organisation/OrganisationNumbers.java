package io.shinrai.server.organisation;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The numbers an organisation gives its own records one after another, such as its vulnerability reports
 * ({@code VR-0007}) and advisories: the organisation's row is held until commit, so two records never get the same.
 */
@Component
public class OrganisationNumbers {

    private final JdbcClient jdbc;

    OrganisationNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number in {@code table}, which has {@code organisation_id} and {@code number} columns. */
    public int next(UUID organisationId, String table) {
        jdbc.sql("select id from organisation where id = :org for update").param("org", organisationId)
                .query(UUID.class).single();
        return jdbc.sql("select coalesce(max(number), 0) + 1 from " + table + " where organisation_id = :org")
                .param("org", organisationId).query(Integer.class).single();
    }
}
