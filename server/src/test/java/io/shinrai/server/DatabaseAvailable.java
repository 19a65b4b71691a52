package io.shinrai.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides whether database tests can run. On H2 they always can. On PostgreSQL the server must answer; the first
 * test of the run drops the test schema so that every run starts from the migrations.
 */
class DatabaseAvailable implements ExecutionCondition {

    private static final String URL = System.getenv("SHINRAI_DB_URL");
    private static Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (URL == null || !URL.startsWith("jdbc:postgresql:")) {
            return ConditionEvaluationResult.enabled("in-memory H2");
        }
        synchronized (DatabaseAvailable.class) {
            if (reachable == null) {
                reachable = resetSchema();
            }
        }
        return reachable
                ? ConditionEvaluationResult.enabled("PostgreSQL at " + URL)
                : ConditionEvaluationResult.disabled("PostgreSQL not reachable at " + URL + ": test skipped");
    }

    private static boolean resetSchema() {
        String schema = System.getenv().getOrDefault("SPRING_FLYWAY_SCHEMAS", "public");
        try (Connection connection = DriverManager.getConnection(URL, System.getenv("SHINRAI_DB_USER"),
                System.getenv("SHINRAI_DB_PASSWORD"));
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            return true;
        } catch (SQLException e) {
            System.out.println("PostgreSQL not reachable at " + URL + " (" + e.getMessage()
                    + "): PostgreSQL tests are skipped");
            return false;
        }
    }
}
