package io.shinrai.server.finding;

import io.shinrai.vuln.VexJustification;
import io.shinrai.vuln.VexResponse;
import io.shinrai.vuln.VexState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FindingRepository {

    /** How many advisory ids one query asks about. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    FindingRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A version's current SBOM. */
    record VersionSbom(UUID versionId, UUID sbomId) {
    }

    /** A finding about to be stored. */
    record NewFinding(long componentId, String advisoryId, String componentKey, String matched, boolean undecided) {
    }

    /**
     * The versions whose findings these advisories may change: those with a component under one of their package
     * keys or CPE products (or any CPE, for criteria with wildcards), and those that had a finding of them.
     */
    Set<VersionSbom> versionsAffectedBy(Collection<String> advisoryIds) {
        Set<VersionSbom> versions = new LinkedHashSet<>();
        List<String> ids = new ArrayList<>(advisoryIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            versions.addAll(jdbc.sql("""
                            select distinct s.product_version_id, s.id from sbom s
                            join sbom_component c on c.sbom_id = s.id
                            where c.package_key in (select package_key from advisory_package
                                                    where advisory_id in (:ids))
                               or c.cpe_product in (select product_key from advisory_cpe where advisory_id in (:ids))
                               or (c.cpe is not null and exists (select 1 from advisory_cpe
                                   where advisory_id in (:ids) and product_key = '*'))
                            union
                            select s.product_version_id, s.id from sbom s
                            where s.product_version_id in (select product_version_id from finding
                                                           where advisory_id in (:ids))""")
                    .param("ids", ids.subList(from, Math.min(from + CHUNK, ids.size())))
                    .query((row, n) -> new VersionSbom(row.getObject(1, UUID.class), row.getObject(2, UUID.class)))
                    .list());
        }
        return versions;
    }

    Set<String> advisoryIdsOf(UUID versionId) {
        return new LinkedHashSet<>(jdbc.sql("select distinct advisory_id from finding where product_version_id = :v")
                .param("v", versionId).query(String.class).list());
    }

    void deleteOfVersion(UUID versionId) {
        jdbc.sql("delete from finding where product_version_id = :version").param("version", versionId).update();
    }

    void deleteOfVersion(UUID versionId, Collection<String> advisoryIds) {
        List<String> ids = new ArrayList<>(advisoryIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("delete from finding where product_version_id = :version and advisory_id in (:ids)")
                    .param("version", versionId).param("ids", ids.subList(from, Math.min(from + CHUNK, ids.size())))
                    .update();
        }
    }

    void insert(UUID versionId, List<NewFinding> findings, Instant foundAt) {
        batch.batchUpdate("""
                        insert into finding (product_version_id, component_id, advisory_id, component_key, matched,
                            undecided, found_at)
                        values (?, ?, ?, ?, ?, ?, ?)""", findings, findings.size(), (statement, finding) -> {
            statement.setObject(1, versionId);
            statement.setLong(2, finding.componentId());
            statement.setString(3, finding.advisoryId());
            statement.setString(4, finding.componentKey());
            statement.setString(5, finding.matched());
            statement.setBoolean(6, finding.undecided());
            statement.setTimestamp(7, Timestamp.from(foundAt));
        });
    }

    List<VersionFinding> ofVersion(UUID versionId) {
        return jdbc.sql(SELECT + " where f.product_version_id = :version order by f.advisory_id, c.seq")
                .param("version", versionId).query((row, n) -> finding(row)).list();
    }

    Optional<VersionFinding> find(UUID versionId, long findingId) {
        return jdbc.sql(SELECT + " where f.product_version_id = :version and f.id = :id")
                .param("version", versionId).param("id", findingId).query((row, n) -> finding(row)).optional();
    }

    void saveAnalysis(UUID versionId, String advisoryId, String componentKey, VexAnalysis analysis) {
        jdbc.sql("delete from vex_analysis where product_version_id = :version and advisory_id = :advisory "
                        + "and component_key = :key")
                .param("version", versionId).param("advisory", advisoryId).param("key", componentKey).update();
        jdbc.sql("""
                        insert into vex_analysis (product_version_id, advisory_id, component_key, state, justification,
                            response, detail, analysed_by, analysed_at)
                        values (:version, :advisory, :key, :state, :justification, :response, :detail, :by, :at)""")
                .param("version", versionId).param("advisory", advisoryId).param("key", componentKey)
                .param("state", analysis.state().name())
                .param("justification", analysis.justification() == null ? null : analysis.justification().name())
                .param("response", analysis.response() == null ? null : analysis.response().name())
                .param("detail", analysis.detail()).param("by", analysis.analysedBy())
                .param("at", Timestamp.from(analysis.analysedAt())).update();
    }

    private static final String SELECT = """
            select f.id, f.component_id, f.advisory_id, f.component_key, f.matched, f.undecided, c.group_name, c.name,
                c.version,
                a.aliases, a.summary, v.state, v.justification, v.response, v.detail, v.analysed_by, v.analysed_at
            from finding f
            join sbom_component c on c.id = f.component_id
            join advisory a on a.id = f.advisory_id
            left join vex_analysis v on v.product_version_id = f.product_version_id
                and v.advisory_id = f.advisory_id and v.component_key = f.component_key""";

    private static VersionFinding finding(ResultSet row) throws SQLException {
        String group = row.getString("group_name");
        String version = row.getString("version");
        String component = (group == null ? "" : group + "/") + row.getString("name")
                + (version == null ? "" : "@" + version);
        String state = row.getString("state");
        VexAnalysis analysis = state == null ? null : new VexAnalysis(VexState.valueOf(state),
                enumOrNull(VexJustification.class, row.getString("justification")),
                enumOrNull(VexResponse.class, row.getString("response")), row.getString("detail"),
                row.getString("analysed_by"), row.getTimestamp("analysed_at").toInstant());
        return new VersionFinding(row.getLong("id"), row.getLong("component_id"), component,
                row.getString("component_key"), row.getString("advisory_id"), row.getString("aliases"),
                row.getString("summary"), row.getString("matched"), row.getBoolean("undecided"), analysis);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
