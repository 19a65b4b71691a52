package io.shinrai.bench;

import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.risk.AnnexA;
import io.shinrai.risk.Assessment;
import io.shinrai.risk.AssessmentState;
import io.shinrai.risk.AssessmentVocabulary;
import io.shinrai.risk.AssetValue;
import io.shinrai.risk.Control;
import io.shinrai.risk.Exposure;
import io.shinrai.risk.Responsibility;
import io.shinrai.risk.RiskCatalogue;
import io.shinrai.risk.RiskMethod;
import io.shinrai.risk.RiskMethodLibrary;
import io.shinrai.risk.RiskRow;
import io.shinrai.risk.RowRisk;
import io.shinrai.risk.Treatment;
import io.shinrai.risk.excel.RiskWorkbookWriter;
import io.shinrai.catalog.LocalizedText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A remote-service risk assessment of {@code rows} rows, every asset, threat and vulnerability of the built-in
 * catalogue in turn with levels spread over the scales: recalculating every risk after the method changes from the
 * IPA style to the multiplicative one (each row checked against the new scales, both risks and tiers computed), and
 * exporting the whole workbook (method, risk list, two heat maps, Statement of Applicability).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RiskAssessmentBenchmark {

    @Param("1000")
    public int rows;

    private Assessment draft;
    private RiskMethod multiplicative;
    private RiskWorkbookWriter writer;

    @Setup
    public void setUp() throws Exception {
        RiskCatalogue catalogue = RiskCatalogue.remoteMaintenance();
        AssessmentVocabulary vocabulary = new AssessmentVocabulary(AnnexA.controls(),
                CatalogueLibrary.load(null));
        RiskMethodLibrary methods = RiskMethodLibrary.builtIn();
        multiplicative = methods.find("multiplicative-3").orElseThrow();
        List<String> controls = AnnexA.controls().all().stream().map(control -> control.id()).toList();
        List<RiskRow> list = IntStream.range(0, rows).mapToObj(i -> new RiskRow(String.format("R%04d", i + 1),
                catalogue.assets().get(i % catalogue.assets().size()).id(),
                new AssetValue(1 + i % 3, 1 + i / 3 % 3, 1 + i / 9 % 3),
                catalogue.threats().get(i % catalogue.threats().size()).id(),
                catalogue.vulnerabilities().get(i % catalogue.vulnerabilities().size()).id(),
                new Exposure(1 + i / 27 % 3, 1 + i / 81 % 3),
                List.of(Control.parse(controls.get(i % controls.size())),
                        Control.parse(controls.get((i * 7) % controls.size()))),
                new Exposure(1, 1 + i % 2), Responsibility.values()[i % 3], Treatment.values()[i % 4],
                "owner " + i % 17, LocalDate.of(2027, 1 + i % 12, 1))).toList();
        draft = new Assessment("bench", 1, new LocalizedText("ベンチマーク", "benchmark"), "bench-service", null,
                methods.find("ipa-3").orElseThrow(), catalogue, AssessmentState.DRAFT, list, Map.of());
        vocabulary.check(draft);
        writer = new RiskWorkbookWriter(vocabulary);
        if (recalculateAfterMethodChange().size() != rows || exportWorkbook() < 10_000) {
            throw new IllegalStateException("the benchmark does not measure what its name says");
        }
    }

    @Benchmark
    public List<RowRisk> recalculateAfterMethodChange() {
        return draft.withMethod(multiplicative).risks();
    }

    /** @return the workbook's size, so that the writing cannot be left out */
    @Benchmark
    public int exportWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        writer.write(draft, out);
        return out.size();
    }
}
