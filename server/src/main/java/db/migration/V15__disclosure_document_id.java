package db.migration;

import io.shinrai.disclosure.json.DisclosureJson;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives every disclosure a column with the document id that is otherwise inside its JSON, so that a hospital's
 * pages can find the newer revisions of what it attached without reading every document shared with it. In Java
 * because H2 and PostgreSQL have no JSON function in common to fill it.
 */
public class V15__disclosure_document_id extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        DisclosureJson json = new DisclosureJson();
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("alter table disclosure add column document_id varchar(1000)");
            try (ResultSet rows = statement.executeQuery("select id, document from disclosure");
                 PreparedStatement update = context.getConnection()
                         .prepareStatement("update disclosure set document_id = ? where id = ?")) {
                while (rows.next()) {
                    update.setString(1, json.readWritten(rows.getString("document")).documentId());
                    update.setObject(2, rows.getObject("id"));
                    update.executeUpdate();
                }
            }
            statement.execute("alter table disclosure alter column document_id set not null");
            statement.execute("create index disclosure_document on disclosure (document_id)");
        }
    }
}
