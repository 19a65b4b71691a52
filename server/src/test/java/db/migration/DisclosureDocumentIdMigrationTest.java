package db.migration;

import static db.migration.Migrations.insert;
import static db.migration.Migrations.migrateTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A database with disclosures from before the document id had a column of its own keeps them all, now findable. */
class DisclosureDocumentIdMigrationTest {

    private static final String URL = "jdbc:h2:mem:document-id-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void fillsTheDocumentIdOfEveryDisclosureFromItsJson() throws Exception {
        UUID vendor = UUID.randomUUID();
        UUID disclosure = UUID.randomUUID();
        try (Connection database = DriverManager.getConnection(URL, "sa", "")) {
            migrateTo(database, "11");
            insert(database, "insert into organisation (id, name, kind, created_at) values (?, ?, ?, ?)",
                    vendor, "さくらメディカル", "MANUFACTURER", Timestamp.from(Instant.now()));
            insert(database, """
                    insert into disclosure (id, organisation_id, series_id, revision, status, catalogue_id,
                                            catalogue_version, document, created_at, updated_at)
                    values (?, ?, ?, 1, 'DRAFT', 'example-mds', '1.0', ?, ?, ?)""",
                    disclosure, vendor, UUID.randomUUID(), """
                    {"format": "shinrai-disclosure/1", "documentId": "MDS-2026-001",
                     "catalogue": {"id": "example-mds", "version": "1.0"}, "basics": {}, "optionsInUse": [],
                     "answers": [], "notes": []}""", Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));

            migrateTo(database, "15");

            try (PreparedStatement query = database.prepareStatement(
                    "select document_id from disclosure where id = ?")) {
                query.setObject(1, disclosure);
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString("document_id")).isEqualTo("MDS-2026-001");
                }
            }
        }
    }
}
