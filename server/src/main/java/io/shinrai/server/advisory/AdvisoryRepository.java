package io.shinrai.server.advisory;

import io.shinrai.vuln.Advisory;
import io.shinrai.vuln.AdvisoryIndex;
import io.shinrai.vuln.Cpe;
import io.shinrai.vuln.CpeApplicability;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AdvisoryRepository {

    /** Keys longer than this are not indexed (see V22); no component key is longer either. */
    private static final int MAX_KEY = 1024;
    /** A CPE criterion whose vendor or product has a wildcard may name any product. */
    static final String ANY_PRODUCT = "*";
    /** How many keys one query asks about. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    AdvisoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID source(String name, AdvisoryFormat format, Instant now) {
        Optional<UUID> known = jdbc.sql("select id from advisory_source where name = :name").param("name", name)
                .query(UUID.class).optional();
        if (known.isPresent()) {
            return known.get();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into advisory_source (id, name, format, created_at) values (:id, :name, :format, :at)")
                .param("id", id).param("name", name).param("format", format.name())
                .param("at", Timestamp.from(now)).update();
        return id;
    }

    List<AdvisorySource> sources() {
        return jdbc.sql("""
                        select s.id, s.name, s.format, count(a.id) as advisories, max(a.modified) as latest
                        from advisory_source s left join advisory a on a.source_id = s.id
                        group by s.id, s.name, s.format order by s.name""")
                .query((row, n) -> new AdvisorySource(row.getObject("id", UUID.class), row.getString("name"),
                        AdvisoryFormat.valueOf(row.getString("format")), row.getInt("advisories"),
                        row.getTimestamp("latest") == null ? null : row.getTimestamp("latest").toInstant()))
                .list();
    }

    Optional<Instant> modified(String id) {
        return jdbc.sql("select modified from advisory where id = :id").param("id", id)
                .query((row, n) -> row.getTimestamp("modified").toInstant()).optional();
    }

    /** Stores the advisory, or its newer revision over the old one, with the keys it is found by. */
    void save(UUID sourceId, Advisory advisory, boolean known) {
        String sql = known
                ? "update advisory set source_id = :source, modified = :modified, withdrawn = :withdrawn, "
                        + "aliases = :aliases, summary = :summary, body = :body where id = :id"
                : "insert into advisory (id, source_id, modified, withdrawn, aliases, summary, body) "
                        + "values (:id, :source, :modified, :withdrawn, :aliases, :summary, :body)";
        jdbc.sql(sql).param("id", advisory.id()).param("source", sourceId)
                .param("modified", Timestamp.from(advisory.modified())).param("withdrawn", advisory.isWithdrawn())
                .param("aliases", shortened(String.join(", ", advisory.aliases())))
                .param("summary", shortened(advisory.summary()))
                .param("body", AdvisoryBody.write(advisory)).update();
        if (known) {
            jdbc.sql("delete from advisory_package where advisory_id = :id").param("id", advisory.id()).update();
            jdbc.sql("delete from advisory_cpe where advisory_id = :id").param("id", advisory.id()).update();
        }
        for (String key : packageKeys(advisory)) {
            jdbc.sql("insert into advisory_package (advisory_id, package_key) values (:id, :key)")
                    .param("id", advisory.id()).param("key", key).update();
        }
        for (String key : cpeProducts(advisory)) {
            jdbc.sql("insert into advisory_cpe (advisory_id, product_key) values (:id, :key)")
                    .param("id", advisory.id()).param("key", key).update();
        }
    }

    /** Within the column: a summary or alias list longer than 8 KB is cut, the body keeps it whole. */
    private static String shortened(String text) {
        return text.length() > 8192 ? text.substring(0, 8192) : text;
    }

    private static Set<String> packageKeys(Advisory advisory) {
        Set<String> keys = new LinkedHashSet<>();
        advisory.affected().forEach(affected -> keys.add(affected.key().toString()));
        keys.removeIf(key -> key.length() > MAX_KEY);
        return keys;
    }

    /** The "vendor:product" of each vulnerable criterion, as the matcher's index files them. */
    private static Set<String> cpeProducts(Advisory advisory) {
        Set<String> keys = new LinkedHashSet<>();
        for (CpeApplicability applicability : advisory.applicability()) {
            for (CpeApplicability.Node node : applicability.nodes()) {
                if (!node.negate()) {
                    node.criteria().stream().filter(CpeApplicability.Criterion::vulnerable)
                            .forEach(criterion -> keys.add(productKey(criterion.cpe())));
                }
            }
        }
        keys.removeIf(key -> key.length() > MAX_KEY);
        return keys;
    }

    /** The key a component's CPE is looked up by; {@link #ANY_PRODUCT} for a criterion with wildcards. */
    static String productKey(Cpe cpe) {
        return AdvisoryIndex.productKey(cpe).orElse(ANY_PRODUCT);
    }

    List<Advisory> withPackages(Collection<String> keys) {
        return inChunks(keys, "select a.body from advisory a where a.id in "
                + "(select advisory_id from advisory_package where package_key in (:keys))");
    }

    List<Advisory> withCpeProducts(Collection<String> keys) {
        return inChunks(keys, "select a.body from advisory a where a.id in "
                + "(select advisory_id from advisory_cpe where product_key in (:keys))");
    }

    List<Advisory> byIds(Collection<String> ids) {
        return inChunks(ids, "select body from advisory where id in (:keys)");
    }

    private List<Advisory> inChunks(Collection<String> keys, String sql) {
        List<String> all = new ArrayList<>(keys);
        List<Advisory> advisories = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc.sql(sql).param("keys", all.subList(from, Math.min(from + CHUNK, all.size())))
                    .query((row, n) -> AdvisoryBody.read(row.getString("body"))).list().forEach(advisories::add);
        }
        return advisories;
    }

    void insertImport(UUID sourceId, AdvisoryImport done) {
        jdbc.sql("""
                        insert into advisory_import (id, source_id, file_name, added, replaced, unchanged, skipped,
                            problems, imported_by, imported_at)
                        values (:id, :source, :file, :added, :replaced, :unchanged, :skipped, :problems, :by, :at)""")
                .param("id", done.id()).param("source", sourceId).param("file", done.fileName())
                .param("added", done.added()).param("replaced", done.replaced()).param("unchanged", done.unchanged())
                .param("skipped", done.skipped())
                .param("problems", done.problems().isEmpty() ? null : String.join("\n", done.problems()))
                .param("by", done.importedBy()).param("at", Timestamp.from(done.importedAt())).update();
    }

    List<AdvisoryImport> recentImports(int limit) {
        return jdbc.sql("""
                        select i.*, s.name as source_name from advisory_import i
                        join advisory_source s on s.id = i.source_id
                        order by i.imported_at desc fetch next :limit rows only""")
                .param("limit", limit).query((row, n) -> advisoryImport(row)).list();
    }

    private static AdvisoryImport advisoryImport(ResultSet row) throws SQLException {
        String problems = row.getString("problems");
        return new AdvisoryImport(row.getObject("id", UUID.class), row.getString("source_name"),
                row.getString("file_name"), row.getInt("added"), row.getInt("replaced"), row.getInt("unchanged"),
                row.getInt("skipped"), problems == null ? List.of() : Arrays.asList(problems.split("\n")),
                row.getString("imported_by"), row.getTimestamp("imported_at").toInstant());
    }
}
