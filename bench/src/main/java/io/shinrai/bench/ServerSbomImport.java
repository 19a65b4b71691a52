package io.shinrai.bench;

import io.shinrai.sbom.MinimumElementsCheck;
import io.shinrai.sbom.SbomFile;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.product.Lifecycle;
import io.shinrai.server.product.ProductVersion;
import io.shinrai.server.product.Products;
import io.shinrai.server.sbom.Sboms;
import io.shinrai.server.sbom.StoredSbom;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Importing a 300,000-component SBOM through the server's storage: {@link Sboms#importFile} reads the file as a
 * stream, writes the components in batches in one transaction and matches them against the advisories held, in the
 * server's own JVM. Each run replaces the version's SBOM of the run before. Beside it, the same file read by the
 * streaming reader alone in the same JVM (nothing stored): what storage adds. Peak heap per run is from the heap
 * pools' peaks, reset after a full collection before the run.
 *
 * <p>Run by {@code bench/server-sbom-import}; results in docs/benchmarks.md.
 */
public final class ServerSbomImport {

    private final Map<String, String> options;
    private final PrintStream out = System.out;

    private ServerSbomImport(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int index = 0; index + 1 < args.length; index += 2) {
            options.put(args[index].replaceFirst("^--", ""), args[index + 1]);
        }
        new ServerSbomImport(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        int components = Integer.parseInt(options.getOrDefault("components", "300000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "shinrai-bench-sbom-" + components + ".cdx.json");
        if (!Files.exists(file)) {
            new LargeSbom(components).writeJson(file);
        }
        out.printf(Locale.ROOT, "JVM: max heap %d MB; file %s, %d MB%n", Runtime.getRuntime().maxMemory() >> 20,
                file.getFileName(), Files.size(file) >> 20);
        try (ConfigurableApplicationContext context = BenchDatabase.server(options.getOrDefault("database",
                "postgresql"), "server-sbom-import", out)) {
            Organisation maker = context.getBean(Organisations.class).create(OrganisationKind.MANUFACTURER,
                    new Organisations.Settings("Bench Medical", false, false, false));
            Products products = context.getBean(Products.class);
            ProductVersion version = products.addVersion(maker.id(),
                    products.add(maker.id(), "Large product").id(), "1.0", Lifecycle.UNKNOWN);
            Sboms sboms = context.getBean(Sboms.class);
            out.printf(Locale.ROOT, "%-34s %8s %14s %14s%n", "run", "seconds", "components/s", "peak heap MB");
            for (int run = 1; run <= runs; run++) {
                measure("reader alone (nothing stored) #" + run, components, () -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        SbomFile.read(in, new MinimumElementsCheck());
                    }
                });
                measure("server import (stored) #" + run, components, () -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        StoredSbom stored = sboms.importFile(maker.id(), version.id(), file.getFileName().toString(),
                                in);
                        if (stored.components() != components) {
                            throw new IllegalStateException("stored " + stored.components() + " components");
                        }
                    }
                });
            }
        }
    }

    private interface Import {
        void run() throws Exception;
    }

    private void measure(String name, int components, Import work) throws Exception {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "%-34s %8.1f %,14.0f %14d%n", name, seconds, components / seconds,
                SbomImportThroughput.heapUsed(true) >> 20);
    }
}
