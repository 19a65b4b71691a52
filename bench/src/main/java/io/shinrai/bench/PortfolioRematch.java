package io.shinrai.bench;

import com.github.packageurl.PackageURL;
import io.shinrai.server.advisory.Advisories;
import io.shinrai.server.advisory.AdvisoriesChanged;
import io.shinrai.server.advisory.AdvisoryFormat;
import io.shinrai.server.advisory.AdvisoryImport;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.product.Lifecycle;
import io.shinrai.server.product.Product;
import io.shinrai.server.product.ProductVersion;
import io.shinrai.server.product.Products;
import io.shinrai.server.sbom.Sboms;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Matching a portfolio of 1,000 product versions again when advisories change, through the server's own code on its
 * database, in the server's JVM.
 *
 * <p>A manufacturer has 100 products of 10 versions each; every version gets its own CycloneDX SBOM of 300
 * components, imported with {@link Sboms#importFile} before any advisory is held. The components are Go modules
 * and PyPI packages the real advisories name ({@link AdvisedPackage#mix}): one in ten at a version an advisory
 * affects, three in ten past a fix, six in ten renamed so that no advisory names them. Then, each timed:
 * <ol>
 *   <li>the real Go and PyPI OSV archives of ../shared/data/osv imported with {@link Advisories#importFrom}: the
 *       import stores them and, in the same transaction, matches again the versions they may concern (the
 *       server's incremental re-match, here of every version);</li>
 *   <li>a full re-match: every advisory held announced as changed ({@link AdvisoriesChanged}, in one transaction),
 *       which is what importing the whole database again with newer revisions makes the server do; the server has
 *       no other way to match everything again;</li>
 *   <li>a day's update: about 100 of the real advisories (every 70th of the archives) imported again as a newer
 *       revision (only {@code modified} changed), so that only the versions with one of their packages are walked.
 *   </li>
 * </ol>
 * Run by {@code bench/portfolio-rematch}; results in docs/benchmarks.md.
 */
public final class PortfolioRematch {

    private static final Path OSV = Path.of("../shared/data/osv");
    private static final List<String> ARCHIVES = List.of("go-vulndb-osv.zip", "pypi-advisory-osv.zip");
    private static final int REVISED_EVERY = 70;

    private final Map<String, String> options;
    private final PrintStream out = System.out;
    /** The highest finding id at the last report: ids are given in order, so what was inserted since is above. */
    private long lastFindingId;

    private PortfolioRematch(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int index = 0; index + 1 < args.length; index += 2) {
            options.put(args[index].replaceFirst("^--", ""), args[index + 1]);
        }
        new PortfolioRematch(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        int products = Integer.parseInt(options.getOrDefault("products", "100"));
        int versionsEach = Integer.parseInt(options.getOrDefault("versions-each", "10"));
        int components = Integer.parseInt(options.getOrDefault("components", "300"));
        List<AdvisedPackage> packages = AdvisedPackage.of(AdvisoryMatching.load());
        try (ConfigurableApplicationContext server = BenchDatabase.server(options.getOrDefault("database",
                "postgresql"), "portfolio-rematch", out)) {
            JdbcClient jdbc = server.getBean(JdbcClient.class);
            Advisories advisories = server.getBean(Advisories.class);
            Organisation maker = server.getBean(Organisations.class).create(OrganisationKind.MANUFACTURER,
                    new Organisations.Settings("Bench Medical", false, false, false));
            Products catalogue = server.getBean(Products.class);
            Sboms sboms = server.getBean(Sboms.class);
            Random random = new Random(2026);
            int versions = products * versionsEach;
            long start = System.nanoTime();
            for (int p = 1; p <= products; p++) {
                Product product = catalogue.add(maker.id(), "Product " + p);
                for (int v = 1; v <= versionsEach; v++) {
                    ProductVersion version = catalogue.addVersion(maker.id(), product.id(), v + ".0",
                            Lifecycle.UNKNOWN);
                    try (InputStream sbom = new ByteArrayInputStream(cycloneDx(AdvisedPackage.mix(packages,
                            components, 1, random)))) {
                        sboms.importFile(maker.id(), version.id(), "product-" + p + "-" + v + ".cdx.json", sbom);
                    }
                }
            }
            report("SBOMs imported, no advisories held", start, versions, (long) versions * components, jdbc);

            for (String archive : ARCHIVES) {
                start = System.nanoTime();
                AdvisoryImport done = advisories.importFrom(AdvisoryFormat.OSV, "OSV " + archive, archive,
                        OSV.resolve(archive), Locale.JAPANESE);
                out.printf(Locale.ROOT, "  %s: %d advisories added%n", archive, done.added());
                report("first import of " + archive + " (stored and re-matched)", start, versions,
                        (long) versions * components, jdbc);
            }

            Set<String> all = new LinkedHashSet<>(jdbc.sql("select id from advisory").query(String.class).list());
            TransactionTemplate transaction = new TransactionTemplate(server.getBean(
                    PlatformTransactionManager.class));
            start = System.nanoTime();
            transaction.executeWithoutResult(status -> server.publishEvent(new AdvisoriesChanged(all)));
            report("full re-match (" + all.size() + " advisories announced)", start, versions,
                    (long) versions * components, jdbc);

            Path revisions = Files.createTempDirectory("shinrai-bench-osv-revisions");
            List<String> revised = revise(revisions);
            long[] walked = walked(jdbc, revised);
            start = System.nanoTime();
            AdvisoryImport update = advisories.importFrom(AdvisoryFormat.OSV, "OSV revisions", "revisions",
                    revisions, Locale.JAPANESE);
            out.printf(Locale.ROOT, "  %d advisories revised, %d replaced%n", revised.size(), update.replaced());
            report("day's update (" + revised.size() + " revised advisories)", start, (int) walked[0], walked[1],
                    jdbc);
            try (var files = Files.list(revisions)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(revisions);
        }
    }

    /** A CycloneDX 1.6 SBOM of these libraries, each with name, version and package URL. */
    private static byte[] cycloneDx(List<PackageURL> libraries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), bytes)) {
            json.writeStartObject();
            json.writeStringProperty("bomFormat", "CycloneDX");
            json.writeStringProperty("specVersion", "1.6");
            json.writeArrayPropertyStart("components");
            for (int i = 0; i < libraries.size(); i++) {
                PackageURL purl = libraries.get(i);
                json.writeStartObject();
                json.writeStringProperty("type", "library");
                json.writeStringProperty("bom-ref", "c" + i);
                if (purl.getNamespace() != null) {
                    json.writeStringProperty("group", purl.getNamespace());
                }
                json.writeStringProperty("name", purl.getName());
                json.writeStringProperty("version", purl.getVersion());
                json.writeStringProperty("purl", purl.canonicalize());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return bytes.toByteArray();
    }

    /** Every {@link #REVISED_EVERY}th advisory of the archives, written to {@code folder} with a later modified. */
    private static List<String> revise(Path folder) throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        List<String> ids = new ArrayList<>();
        for (String archive : ARCHIVES) {
            try (ZipFile zip = new ZipFile(OSV.resolve(archive).toFile())) {
                List<? extends ZipEntry> entries = zip.stream().filter(entry -> entry.getName().endsWith(".json"))
                        .sorted(Comparator.comparing(ZipEntry::getName)).toList();
                for (int i = 0; i < entries.size(); i += REVISED_EVERY) {
                    try (InputStream in = zip.getInputStream(entries.get(i))) {
                        ObjectNode advisory = (ObjectNode) mapper.readTree(in);
                        advisory.put("modified", "2099-01-01T00:00:00Z");
                        ids.add(advisory.path("id").asString());
                        mapper.writeValue(folder.resolve(ids.size() + ".json").toFile(), advisory);
                    }
                }
            }
        }
        return ids;
    }

    /** The versions with a component under one of these advisories' packages, and their components: what is walked. */
    private static long[] walked(JdbcClient jdbc, List<String> advisoryIds) {
        return jdbc.sql("""
                        select count(*), coalesce(sum(components), 0) from (
                            select s.id, (select count(*) from sbom_component a where a.sbom_id = s.id) components
                            from sbom s where exists (select 1 from sbom_component c where c.sbom_id = s.id
                                and c.package_key in (select package_key from advisory_package
                                                      where advisory_id in (:ids)))) walked""")
                .param("ids", advisoryIds).query((row, n) -> new long[] {row.getLong(1), row.getLong(2)}).single();
    }

    private void report(String step, long start, int versions, long components, JdbcClient jdbc) {
        double seconds = (System.nanoTime() - start) / 1e9;
        long findings = jdbc.sql("select count(*) from finding").query(Long.class).single();
        long versionsWithFindings = jdbc.sql("select count(distinct product_version_id) from finding")
                .query(Long.class).single();
        long findingId = jdbc.sql("select coalesce(max(id), 0) from finding").query(Long.class).single();
        out.printf(Locale.ROOT, "%-58s %8.1f s %9.1f versions/s %,10.0f components/s; %,d findings created, %,d"
                        + " held in %d versions (over %d versions, %,d components)%n", step, seconds,
                versions / seconds, components / seconds, findingId - lastFindingId, findings, versionsWithFindings,
                versions, components);
        lastFindingId = findingId;
    }
}
