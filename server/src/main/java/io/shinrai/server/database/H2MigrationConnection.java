package io.shinrai.server.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * On H2, the migrations run on a connection of their own that stays open until the server stops. H2 ties a check
 * constraint with an IN list to the session that created it; had that been a pooled connection, the pool's renewal
 * of it after 30 minutes would make every later insert into such a table fail, until the database is next opened.
 */
@Component
class H2MigrationConnection implements FlywayConfigurationCustomizer, DisposableBean {

    private final Environment environment;
    private Connection migrations;

    H2MigrationConnection(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:h2:")) {
            return;
        }
        try {
            migrations = DriverManager.getConnection(url, environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the H2 database at " + url, e);
        }
        configuration.dataSource(new SingleConnectionDataSource(migrations, true));
    }

    @Override
    public void destroy() throws SQLException {
        if (migrations != null) {
            migrations.close();
        }
    }
}
