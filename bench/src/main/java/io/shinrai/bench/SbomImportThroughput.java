package io.shinrai.bench;

import io.shinrai.sbom.InvalidSbomException;
import io.shinrai.sbom.MinimumElementsCheck;
import io.shinrai.sbom.SbomFile;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a CycloneDX 1.6 SBOM of 300,000 components, as JSON and as XML: Shinrai's streaming readers (with the
 * NTIA minimum-elements check counted on the way) beside cyclonedx-core-java's parsers, which build the library's
 * object model of the whole BOM. The peer cannot share our classpath (ADR 11): {@code bench/sbom-import} passes its
 * own in {@value #PEER_CLASSPATH}, and it is loaded apart. The files are written once into the temporary folder
 * and kept for later runs. Each fork prints the most heap it used and the heap still in use after a full
 * collection while the last result is held: a streaming import holds a report, the object model holds the BOM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class SbomImportThroughput {

    static final int COMPONENTS = 300_000;
    static final String PEER_CLASSPATH = "shinrai.bench.peerClasspath";

    private Path json;
    private Path xml;
    private Object jsonPeer;
    private Object xmlPeer;
    private Method parse;
    private Method components;
    /** The last import's result, held until the heap it retains is measured. */
    private Object lastResult;
    private long retainedMax;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"));
        json = folder.resolve("shinrai-bench-sbom-" + COMPONENTS + ".cdx.json");
        xml = folder.resolve("shinrai-bench-sbom-" + COMPONENTS + ".cdx.xml");
        LargeSbom sbom = new LargeSbom(COMPONENTS);
        if (!Files.exists(json)) {
            sbom.writeJson(json);
        }
        if (!Files.exists(xml)) {
            sbom.writeXml(xml);
        }
        String peerClasspath = System.getProperty(PEER_CLASSPATH);
        if (peerClasspath != null) {
            loadPeer(peerClasspath);
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private void loadPeer(String classpath) throws ReflectiveOperationException, MalformedURLException {
        List<URL> jars = new ArrayList<>();
        for (String jar : classpath.split(File.pathSeparator)) {
            jars.add(Path.of(jar).toUri().toURL());
        }
        ClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> parser = loader.loadClass("org.cyclonedx.parsers.Parser");
        parse = parser.getMethod("parse", File.class);
        components = loader.loadClass("org.cyclonedx.model.Bom").getMethod("getComponents");
        jsonPeer = loader.loadClass("org.cyclonedx.parsers.JsonParser").getConstructor().newInstance();
        xmlPeer = loader.loadClass("org.cyclonedx.parsers.XmlParser").getConstructor().newInstance();
    }

    @Benchmark
    public long shinraiJson() throws IOException, InvalidSbomException {
        return shinrai(json);
    }

    @Benchmark
    public long shinraiXml() throws IOException, InvalidSbomException {
        return shinrai(xml);
    }

    @Benchmark
    public long peerJson() throws ReflectiveOperationException {
        return peer(jsonPeer, json);
    }

    @Benchmark
    public long peerXml() throws ReflectiveOperationException {
        return peer(xmlPeer, xml);
    }

    private long shinrai(Path file) throws IOException, InvalidSbomException {
        MinimumElementsCheck check = new MinimumElementsCheck();
        try (InputStream in = Files.newInputStream(file)) {
            SbomFile.read(in, check);
        }
        lastResult = check.report();
        return counted(check.report().components());
    }

    private long peer(Object parser, Path file) throws ReflectiveOperationException {
        if (parser == null) {
            throw new IllegalStateException("the peer's classpath is missing: run bench/sbom-import");
        }
        Object bom = parse.invoke(parser, file.toFile());
        lastResult = bom;
        return counted(((Collection<?>) components.invoke(bom)).size());
    }

    private static long counted(long read) {
        if (read != COMPONENTS) {
            throw new IllegalStateException(read + " components read instead of " + COMPONENTS);
        }
        return read;
    }

    @TearDown(Level.Iteration)
    public void measureRetained() {
        System.gc();
        retainedMax = Math.max(retainedMax, heapUsed(false));
        lastResult = null;
    }

    @TearDown(Level.Trial)
    public void printHeap() {
        System.out.printf("%n# heap: peak %d MB, retained with the last result %d MB%n",
                heapUsed(true) / (1024 * 1024), retainedMax / (1024 * 1024));
    }

    /** Heap in use now, or at most since the pools' peaks were last reset. */
    static long heapUsed(boolean peak) {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += (peak ? pool.getPeakUsage() : pool.getUsage()).getUsed();
            }
        }
        return used;
    }
}
