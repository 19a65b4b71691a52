package db.migration;

import static db.migration.Migrations.insert;
import static db.migration.Migrations.migrateTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Go package keys stored with a module path's capitals are lower-cased, as package URLs write them. */
class GoPackageKeyMigrationTest {

    private static final String URL = "jdbc:h2:mem:go-package-key-migration;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void anAdvisorysGoModuleKeysBecomeLowerCaseAndOneKeyWrittenBothWaysIsKeptOnce() throws Exception {
        try (Connection database = DriverManager.getConnection(URL, "sa", "")) {
            migrateTo(database, "33");
            UUID source = UUID.randomUUID();
            Timestamp now = Timestamp.from(Instant.now());
            insert(database, "insert into advisory_source (id, name, format, created_at) values (?, 'OSV Go', 'OSV', ?)",
                    source, now);
            insert(database, """
                    insert into advisory (id, source_id, modified, withdrawn, body)
                    values ('GO-2026-0001', ?, ?, false, '{}')""", source, now);
            for (String key : List.of("pkg:golang/github.com/DataDog/dd-trace-go",
                    "pkg:golang/github.com/Masterminds/semver", "pkg:golang/github.com/masterminds/semver",
                    "pkg:maven/org.Example/Library")) {
                insert(database, "insert into advisory_package (advisory_id, package_key) values ('GO-2026-0001', ?)",
                        key);
            }

            migrateTo(database, "34");

            assertThat(keys(database)).containsExactly("pkg:golang/github.com/datadog/dd-trace-go",
                    "pkg:golang/github.com/masterminds/semver", "pkg:maven/org.Example/Library");
        }
    }

    private static List<String> keys(Connection database) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement query = database.prepareStatement(
                "select package_key from advisory_package order by package_key");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }
}
