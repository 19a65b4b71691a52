package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Steps for tests of what a migration does to rows kept before it: migrate up to a version, and write rows. */
final class Migrations {

    private Migrations() {
    }

    /** On the test's own connection: H2 ties an IN-list check constraint to the session that created it. */
    static void migrateTo(Connection database, String version) {
        Flyway.configure().dataSource(new SingleConnectionDataSource(database, true))
                .locations("classpath:db/migration").target(version).load().migrate();
    }

    static void insert(Connection database, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = database.prepareStatement(sql)) {
            for (int index = 0; index < values.length; index++) {
                insert.setObject(index + 1, values[index]);
            }
            insert.executeUpdate();
        }
    }
}
