package db.migration;

import io.shinrai.risk.RiskCatalogue;
import io.shinrai.risk.RiskYamlWriter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes the built-in catalogue, the one every assessment used until organisations had their own, into each
 * assessment version kept before, so that a later change of the built-in catalogue renames nothing in them, accepted
 * versions included. In Java because the document is YAML, which neither database can edit.
 */
public class V31__assessments_keep_their_catalogue extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        YAMLMapper yaml = YAMLMapper.builder().build();
        ObjectNode catalogue = (ObjectNode) yaml.readTree(
                new RiskYamlWriter().write(RiskCatalogue.remoteMaintenance()));
        catalogue.remove("format");
        try (Statement statement = context.getConnection().createStatement();
             ResultSet rows = statement.executeQuery("select id, document from risk_assessment");
             PreparedStatement update = context.getConnection()
                     .prepareStatement("update risk_assessment set document = ? where id = ?")) {
            while (rows.next()) {
                JsonNode document = yaml.readTree(rows.getString("document"));
                if (document instanceof ObjectNode assessment && !assessment.has("catalogue")) {
                    assessment.set("catalogue", catalogue);
                    update.setString(1, yaml.writeValueAsString(assessment));
                    update.setObject(2, rows.getObject("id"));
                    update.executeUpdate();
                }
            }
        }
    }
}
