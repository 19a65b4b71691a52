package io.shinrai.server.sbom;

import io.shinrai.crypto.Sha256;
import io.shinrai.sbom.Component;
import io.shinrai.sbom.MinimumElementsReport;
import io.shinrai.sbom.SbomDocument;
import io.shinrai.sbom.SbomFormat;
import io.shinrai.sbom.SupportLevel;
import io.shinrai.vuln.AdvisoryIndex;
import io.shinrai.vuln.Cpe;
import io.shinrai.vuln.InvalidCpeException;
import io.shinrai.vuln.PackageKey;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class SbomRepository {

    /** Longer keys than this are not indexed (see V21); such a component cannot be matched by package URL. */
    static final int MAX_PACKAGE_KEY = 1024;

    private static final String INSERT_COMPONENT = """
            insert into sbom_component (sbom_id, seq, ref, type, group_name, name, version, supplier, purl, cpe,
                package_key, cpe_product, ident, support_level, end_of_support)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    SbomRepository(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    Optional<StoredSbom> ofVersion(UUID versionId) {
        return jdbc.sql("select * from sbom where product_version_id = :version").param("version", versionId)
                .query((row, n) -> sbom(row)).optional();
    }

    void deleteOfVersion(UUID versionId) {
        jdbc.sql("delete from sbom where product_version_id = :version").param("version", versionId).update();
    }

    /** The SBOM as its read begins, so that its components can refer to it; {@link #complete} fills in the rest. */
    void begin(UUID id, UUID versionId, String fileName, String importedBy, Instant importedAt) {
        jdbc.sql("""
                        insert into sbom (id, product_version_id, file_name, component_count, imported_by, imported_at)
                        values (:id, :version, :file, 0, :by, :at)""")
                .param("id", id).param("version", versionId).param("file", fileName).param("by", importedBy)
                .param("at", Timestamp.from(importedAt)).update();
    }

    void complete(UUID id, SbomDocument document, MinimumElementsReport report) {
        jdbc.sql("""
                        update sbom set format = :format, spec_version = :spec, serial_number = :serial,
                            component_count = :count, minimum_elements = :report
                        where id = :id""")
                .param("id", id).param("format", document.format().name()).param("spec", document.specVersion())
                .param("serial", document.serialNumber()).param("count", (int) report.components())
                .param("report", json.writeValueAsString(report)).update();
    }

    /** Writes components in one batch statement; {@code firstSeq} is the file position of the first. */
    void insertComponents(UUID sbomId, int firstSeq, List<Component> components) {
        int[] seq = {firstSeq};
        batch.batchUpdate(INSERT_COMPONENT, components, components.size(), (statement, component) -> {
            statement.setObject(1, sbomId);
            statement.setInt(2, seq[0]++);
            statement.setString(3, component.ref());
            statement.setString(4, component.type());
            statement.setString(5, component.group());
            statement.setString(6, component.name());
            statement.setString(7, component.version());
            statement.setString(8, component.supplier());
            statement.setString(9, component.purl());
            statement.setString(10, component.cpe());
            statement.setString(11, packageKey(component));
            statement.setString(12, cpeProduct(component));
            statement.setString(13, ident(component));
            statement.setString(14, component.supportLevel() == null ? null : component.supportLevel().name());
            if (component.endOfSupport() == null) {
                statement.setNull(15, Types.DATE);
            } else {
                statement.setDate(15, Date.valueOf(component.endOfSupport()));
            }
        });
    }

    static String packageKey(Component component) {
        return component.packageUrl().map(purl -> PackageKey.of(purl).toString())
                .filter(key -> key.length() <= MAX_PACKAGE_KEY).orElse(null);
    }

    /** The component without its version: its package key, else group and name; hashed when longer than a key. */
    static String ident(Component component) {
        String packageKey = packageKey(component);
        String ident = packageKey != null ? packageKey
                : component.group() == null ? component.name() : component.group() + "/" + component.name();
        return ident.length() <= MAX_PACKAGE_KEY ? ident : "sha256:" + Sha256.hex(ident);
    }

    /** The "vendor:product" of the component's CPE, as advisories' CPE criteria are filed (see V22). */
    static String cpeProduct(Component component) {
        if (component.cpe() == null) {
            return null;
        }
        try {
            return AdvisoryIndex.productKey(Cpe.parse(component.cpe())).filter(key -> key.length() <= MAX_PACKAGE_KEY)
                    .orElse(null);
        } catch (InvalidCpeException unreadable) {
            return null;
        }
    }

    List<StoredComponent> components(UUID sbomId, int offset, int limit) {
        return jdbc.sql("select * from sbom_component where sbom_id = :sbom order by seq offset :offset rows "
                        + "fetch next :limit rows only")
                .param("sbom", sbomId).param("offset", offset).param("limit", limit)
                .query((row, n) -> component(row)).list();
    }

    /** Components of the version's SBOM that are the package, in any version, in file order. */
    List<StoredComponent> withPackage(UUID versionId, PackageKey key) {
        return jdbc.sql("""
                        select c.* from sbom_component c join sbom s on s.id = c.sbom_id
                        where s.product_version_id = :version and c.package_key = :key order by c.seq""")
                .param("version", versionId).param("key", key.toString())
                .query((row, n) -> component(row)).list();
    }

    /** Components whose supplier no longer supports them on {@code today}, in file order. */
    List<StoredComponent> pastEndOfSupport(UUID sbomId, LocalDate today, int limit) {
        return jdbc.sql("""
                        select * from sbom_component where sbom_id = :sbom
                            and (support_level in ('END_OF_SUPPORT', 'NO_SUPPORT') or end_of_support < :today)
                        order by seq fetch next :limit rows only""")
                .param("sbom", sbomId).param("today", Date.valueOf(today)).param("limit", limit)
                .query((row, n) -> component(row)).list();
    }

    int countPastEndOfSupport(UUID sbomId, LocalDate today) {
        return jdbc.sql("""
                        select count(*) from sbom_component where sbom_id = :sbom
                            and (support_level in ('END_OF_SUPPORT', 'NO_SUPPORT') or end_of_support < :today)""")
                .param("sbom", sbomId).param("today", Date.valueOf(today)).query(Integer.class).single();
    }

    Optional<StoredComponent> component(UUID sbomId, long componentId) {
        return jdbc.sql("select * from sbom_component where sbom_id = :sbom and id = :id")
                .param("sbom", sbomId).param("id", componentId).query((row, n) -> component(row)).optional();
    }

    void updateSupport(long componentId, SupportLevel level, LocalDate endOfSupport) {
        jdbc.sql("update sbom_component set support_level = :level, end_of_support = :eos where id = :id")
                .param("id", componentId).param("level", level == null ? null : level.name())
                .param("eos", endOfSupport == null ? null : Date.valueOf(endOfSupport)).update();
    }

    private StoredSbom sbom(ResultSet row) throws SQLException {
        return new StoredSbom(row.getObject("id", UUID.class), row.getObject("product_version_id", UUID.class),
                row.getString("file_name"), SbomFormat.valueOf(row.getString("format")),
                row.getString("spec_version"), row.getString("serial_number"), row.getInt("component_count"),
                json.readValue(row.getString("minimum_elements"), MinimumElementsReport.class),
                row.getString("imported_by"), row.getTimestamp("imported_at").toInstant());
    }

    static StoredComponent component(ResultSet row) throws SQLException {
        String level = row.getString("support_level");
        Date endOfSupport = row.getDate("end_of_support");
        return new StoredComponent(row.getLong("id"), row.getInt("seq"), row.getString("ref"),
                row.getString("type"), row.getString("group_name"), row.getString("name"),
                row.getString("version"), row.getString("supplier"), row.getString("purl"), row.getString("cpe"),
                level == null ? null : SupportLevel.valueOf(level),
                endOfSupport == null ? null : endOfSupport.toLocalDate());
    }
}
