package io.shinrai.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 300,000-component SBOM is read in a JVM whose heap is far smaller than the components would take if they were
 * kept: the read must hand them on one at a time.
 */
class BoundedMemoryTest {

    static final int COMPONENTS = 300_000;

    @Test
    void threeHundredThousandComponentsAreReadIn64MegabytesOfHeap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("large.cdx.json");
        LargeCycloneDxFile.write(file, COMPONENTS);

        assertReadInBoundedMemory(file);
    }

    @Test
    void threeHundredThousandSpdx3PackagesAreReadIn64MegabytesOfHeap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("large.spdx3.json");
        LargeSpdx3File.write(file, COMPONENTS);

        assertReadInBoundedMemory(file);
    }

    private static void assertReadInBoundedMemory(Path file) throws Exception {
        // held as records, the components alone would take well over 64 MB
        assertThat(Files.size(file)).isGreaterThan(100L * 1024 * 1024);

        Process reading = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), BoundedMemoryTest.class.getName(),
                file.toString()).redirectErrorStream(true).start();
        String output = new String(reading.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(reading.waitFor(5, TimeUnit.MINUTES)).isTrue();

        System.out.println("reading " + COMPONENTS + " components of " + file.getFileName() + " with -Xmx64m: "
                + output.strip());
        assertThat(reading.exitValue()).as(output).isZero();
        assertThat(output).contains("components=" + COMPONENTS).contains("relationships=" + (COMPONENTS - 1));
    }

    /** The forked JVM: reads the file given and prints what it counted and the most heap it used. */
    public static void main(String[] args) throws IOException, InvalidSbomException {
        MinimumElementsCheck check = new MinimumElementsCheck();
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            SbomFile.read(in, check);
        }
        MinimumElementsReport report = check.report();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("components=" + report.components() + " relationships="
                + report.documentElements().get(0).value() + " peakHeapMB=" + peak / (1024 * 1024));
    }
}
