package io.shinrai.server.versiondiff;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Compares two SBOMs by the ident of their components (see V21), and two versions' findings, in the database. */
@Repository
class VersionDiffRepository {

    private static final String ONLY_IN = """
            from sbom_component b where b.sbom_id = :in
            and not exists (select 1 from sbom_component a where a.sbom_id = :notIn and a.ident = b.ident)""";
    private static final String CHANGED = """
            from sbom_component a join sbom_component b on b.sbom_id = :to and b.ident = a.ident
            where a.sbom_id = :from and coalesce(a.version, '') <> coalesce(b.version, '')
            and not exists (select 1 from sbom_component s where s.sbom_id = :to and s.ident = a.ident
                            and coalesce(s.version, '') = coalesce(a.version, ''))""";

    private final JdbcClient jdbc;

    VersionDiffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Components of {@code in} whose package is not in {@code notIn} at any version. */
    VersionDiff.Listed<String> onlyIn(UUID in, UUID notIn, int limit) {
        List<String> first = jdbc.sql("select b.group_name, b.name, b.version " + ONLY_IN
                        + " order by b.seq fetch next :limit rows only")
                .param("in", in).param("notIn", notIn).param("limit", limit)
                .query((row, n) -> name(row.getString(1), row.getString(2))
                        + (row.getString(3) == null ? "" : "@" + row.getString(3))).list();
        int total = jdbc.sql("select count(*) " + ONLY_IN).param("in", in).param("notIn", notIn)
                .query(Integer.class).single();
        return new VersionDiff.Listed<>(first, total);
    }

    /** Components of {@code from} whose version is gone from {@code to}, where the package is at another one. */
    VersionDiff.Listed<VersionDiff.Change> changed(UUID from, UUID to, int limit) {
        List<VersionDiff.Change> first = jdbc.sql("select a.group_name, a.name, a.version, b.version " + CHANGED
                        + " order by a.seq, b.seq fetch next :limit rows only")
                .param("from", from).param("to", to).param("limit", limit)
                .query((row, n) -> new VersionDiff.Change(name(row.getString(1), row.getString(2)),
                        row.getString(3), row.getString(4))).list();
        int total = jdbc.sql("select count(*) " + CHANGED).param("from", from).param("to", to)
                .query(Integer.class).single();
        return new VersionDiff.Listed<>(first, total);
    }

    /** Advisories that concern version {@code in} and not version {@code notIn}. */
    List<VersionDiff.Advisory> advisoriesOnlyIn(UUID in, UUID notIn) {
        return jdbc.sql("""
                        select a.id, a.aliases, a.summary from advisory a
                        where a.id in (select advisory_id from finding where product_version_id = :in)
                        and a.id not in (select advisory_id from finding where product_version_id = :notIn)
                        order by a.id""")
                .param("in", in).param("notIn", notIn)
                .query((row, n) -> new VersionDiff.Advisory(row.getString(1), row.getString(2), row.getString(3)))
                .list();
    }

    private static String name(String group, String name) {
        return group == null ? name : group + "/" + name;
    }
}
