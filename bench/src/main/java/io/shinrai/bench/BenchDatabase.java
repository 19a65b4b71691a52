package io.shinrai.bench;

import io.shinrai.server.ShinraiServer;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The database a benchmark starts the server on, empty at the start of every run. */
final class BenchDatabase {

    private static final String POSTGRESQL_SCHEMA = "shinrai_bench";

    private BenchDatabase() {
    }

    /** The server started in this JVM on the database {@link #settings} gives, without a port of its own. */
    static ConfigurableApplicationContext server(String database, String h2Name, PrintStream out) throws SQLException {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        arguments.addAll(settings(database, h2Name, out));
        ConfigurableApplicationContext server = SpringApplication.run(ShinraiServer.class,
                arguments.toArray(String[]::new));
        try (Connection connection = server.getBean(DataSource.class).getConnection()) {
            out.println("Database: " + connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion());
        }
        return server;
    }

    /**
     * The server's settings for {@code postgresql} (from SHINRAI_DB_URL, SHINRAI_DB_USER, SHINRAI_DB_PASSWORD and
     * SPRING_FLYWAY_SCHEMAS; the schema is dropped first) or for {@code h2} in memory, named {@code h2Name}.
     */
    static List<String> settings(String database, String h2Name, PrintStream out) throws SQLException {
        if (database.equals("h2")) {
            return List.of("--spring.datasource.url=jdbc:h2:mem:" + h2Name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "--spring.datasource.username=sa",
                    "--spring.datasource.password=");
        }
        if (!database.equals("postgresql")) {
            throw new IllegalArgumentException("--database is postgresql or h2, not " + database);
        }
        String schema = System.getenv().getOrDefault("SPRING_FLYWAY_SCHEMAS", POSTGRESQL_SCHEMA);
        String url = System.getenv().getOrDefault("SHINRAI_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
        String user = System.getenv().getOrDefault("SHINRAI_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("SHINRAI_DB_PASSWORD", "");
        if (schema.isBlank() || schema.contains(",") || schema.equalsIgnoreCase("public")) {
            throw new IllegalArgumentException("the run drops its schema first: give it one of its own in"
                    + " SPRING_FLYWAY_SCHEMAS, not '" + schema + "'");
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
        out.println("Database: PostgreSQL at " + url + ", schema " + schema + " dropped and migrated afresh");
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--spring.flyway.schemas=" + schema);
    }
}
