package io.shinrai.bench;

import io.shinrai.vuln.CsafAdvisory;
import io.shinrai.vuln.CsafProblem;
import io.shinrai.vuln.CsafValidator;
import io.shinrai.vuln.CsafWriter;
import io.shinrai.vuln.VexJustification;
import io.shinrai.vuln.VexResponse;
import io.shinrai.vuln.VexState;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A CSAF security advisory for a product line of {@code versions} versions with {@code components} components each
 * (issue 11: 200 versions of 5,000 components): each component moves to a new version every 20 product versions, so
 * the product tree holds a million relationships and some 50,000 distinct components. Ten vulnerabilities each name
 * every product version (affected up to a point, fixed after it) and the vulnerable component in the affected ones,
 * with a remediation, a CVSS v3.1 score and, for the fixed versions, a justification. Writing goes to a stream that
 * only counts; validating reads the document written in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class CsafProductLine {

    @Param("200")
    int versions;
    @Param("5000")
    int components;

    private CsafAdvisory advisory;
    private byte[] written;

    @Setup
    public void setUp() {
        advisory = productLine(versions, components);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 28);
        CsafWriter.write(advisory, out);
        written = out.toByteArray();
        List<CsafProblem> problems = CsafValidator.validate(written);
        System.err.printf("%d versions of %d components: %,d bytes of CSAF, %d problem(s)%s%n", versions, components,
                written.length, problems.size(), problems.isEmpty() ? "" : ", first: " + problems.get(0));
    }

    static CsafAdvisory productLine(int versions, int components) {
        List<CsafAdvisory.Product> products = new ArrayList<>();
        for (int v = 0; v < versions; v++) {
            List<CsafAdvisory.Component> parts = new ArrayList<>(components);
            for (int c = 0; c < components; c++) {
                parts.add(component(c, v));
            }
            products.add(new CsafAdvisory.Product("Example Medical Systems", "ImageLink PACS",
                    (4 + v / 100) + "." + (v % 100) + ".0", Optional.empty(), Optional.empty(), parts));
        }
        List<CsafAdvisory.Vulnerability> vulnerabilities = new ArrayList<>();
        for (int n = 0; n < 10; n++) {
            int fixedFrom = versions * (n + 1) / 11;
            int vulnerable = n * (components / 10);
            List<CsafAdvisory.ProductStatus> statuses = new ArrayList<>();
            List<CsafAdvisory.Ref> affected = new ArrayList<>();
            for (int v = 0; v < versions; v++) {
                CsafAdvisory.Product product = products.get(v);
                if (v < fixedFrom) {
                    CsafAdvisory.Ref whole = CsafAdvisory.Ref.to(product);
                    CsafAdvisory.Ref part = new CsafAdvisory.Ref(product,
                            Optional.of(product.components().get(vulnerable)));
                    statuses.add(new CsafAdvisory.ProductStatus(whole, VexState.EXPLOITABLE, Optional.empty(), ""));
                    statuses.add(new CsafAdvisory.ProductStatus(part, VexState.EXPLOITABLE, Optional.empty(), ""));
                    affected.add(whole);
                    affected.add(part);
                } else {
                    statuses.add(new CsafAdvisory.ProductStatus(CsafAdvisory.Ref.to(product), VexState.NOT_AFFECTED,
                            Optional.of(VexJustification.VULNERABLE_CODE_NOT_PRESENT), ""));
                }
            }
            vulnerabilities.add(new CsafAdvisory.Vulnerability(String.format("CVE-2026-%05d", 10_000 + n),
                    "Vulnerability " + n + " in a bundled library", "A bundled library mishandles its input.",
                    Optional.of(new CsafAdvisory.Cwe("CWE-20", "Improper Input Validation")),
                    List.of(new CsafAdvisory.Score("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", 8.8, affected)),
                    statuses, List.of(new CsafAdvisory.Remediation(VexResponse.UPDATE, "Update ImageLink PACS.",
                    Optional.empty(), affected))));
        }
        return new CsafAdvisory(CsafAdvisory.Category.SECURITY_ADVISORY, "ImageLink PACS: bundled libraries",
                new CsafAdvisory.Publisher("vendor", "Example Medical Systems", "https://psirt.example-medical.jp"),
                CsafAdvisory.Tlp.WHITE, "en", new CsafAdvisory.Tracking("EMS-SA-2026-0100", CsafAdvisory.Status.FINAL,
                List.of(new CsafAdvisory.Revision("1", Instant.parse("2026-11-01T00:00:00Z"), "Initial release."))),
                products, vulnerabilities);
    }

    /** Component {@code c} as product version {@code v} bundles it: a new version every 20 product versions. */
    private static CsafAdvisory.Component component(int c, int v) {
        String name = "lib-" + c;
        String version = "1." + (v / 20) + "." + (c % 7);
        return new CsafAdvisory.Component(name, version,
                Optional.of("pkg:maven/jp.example.medical/" + name + "@" + version), Optional.empty());
    }

    @Benchmark
    public long write() {
        Counting out = new Counting();
        CsafWriter.write(advisory, out);
        return out.count;
    }

    @Benchmark
    public int validate() {
        return CsafValidator.validate(written).size();
    }

    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
