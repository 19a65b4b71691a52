package io.shinrai.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.organisation.Organisations;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pool renews its connections (every 30 minutes by default), the one the migrations ran on included. A server
 * that has been up that long must still accept new organisations, whose kind a check constraint guards.
 */
@ShinraiTest
class RenewedConnectionsTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Organisations organisations;

    @Test
    void organisationsAreStillCreatedAfterThePoolRenewedEveryConnection() throws Exception {
        fixtures.organisation(OrganisationKind.HOSPITAL);
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();

        Organisation created = fixtures.organisation(OrganisationKind.MANUFACTURER);

        assertThat(organisations.get(created.id()).kind()).isEqualTo(OrganisationKind.MANUFACTURER);
    }
}
