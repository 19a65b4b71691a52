package db.migration;

import static db.migration.Migrations.insert;
import static db.migration.Migrations.migrateTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.risk.AnnexA;
import io.shinrai.risk.Assessment;
import io.shinrai.risk.AssessmentReader;
import io.shinrai.risk.AssessmentVocabulary;
import io.shinrai.risk.RiskCatalogue;
import io.shinrai.risk.RiskMethodLibrary;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Assessments kept before organisations had catalogues of their own keep the built-in one, written into them. */
class AssessmentCatalogueMigrationTest {

    private static final String URL = "jdbc:h2:mem:assessment-catalogue-migration;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void everyAssessmentVersionGetsTheBuiltInCatalogueFrozenIn() throws Exception {
        UUID vendor = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        UUID assessment = UUID.randomUUID();
        String before;
        try (InputStream in = getClass().getResourceAsStream("/risk/assessments/sample-ct-tls.yaml")) {
            before = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(before).doesNotContain("catalogue:");
        try (Connection database = DriverManager.getConnection(URL, "sa", "")) {
            migrateTo(database, "29");
            Timestamp now = Timestamp.from(Instant.now());
            insert(database, "insert into organisation (id, name, kind, created_at) values (?, ?, ?, ?)",
                    vendor, "さくらメディカル", "SERVICE_PROVIDER", now);
            insert(database, "insert into remote_service (id, organisation_id, name, created_at) values (?, ?, ?, ?)",
                    service, vendor, "CT リモート保守", now);
            insert(database, """
                    insert into risk_assessment (id, organisation_id, service_id, series_id, version, state, document,
                                                 created_at, updated_at)
                    values (?, ?, ?, ?, 1, 'ACCEPTED', ?, ?, ?)""",
                    assessment, vendor, service, UUID.randomUUID(), before, now, now);

            migrateTo(database, "31");

            try (PreparedStatement query = database.prepareStatement(
                    "select document from risk_assessment where id = ?")) {
                query.setObject(1, assessment);
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    String after = row.getString("document");
                    AssessmentReader reader = new AssessmentReader(RiskMethodLibrary.builtIn(),
                            new AssessmentVocabulary(AnnexA.controls(), CatalogueLibrary.load(null)));
                    Assessment read = reader.read(after.getBytes(StandardCharsets.UTF_8));
                    assertThat(after).contains("catalogue:", "保守用端末（事業者側）");
                    assertThat(read.catalogue()).isEqualTo(RiskCatalogue.remoteMaintenance());
                    assertThat(read.rows()).isEqualTo(reader.read(before.getBytes(StandardCharsets.UTF_8)).rows());
                }
            }
        }
    }
}
