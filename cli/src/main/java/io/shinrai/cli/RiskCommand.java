package io.shinrai.cli;

import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.InvalidCatalogueException;
import io.shinrai.catalog.LocalizedText;
import io.shinrai.disclosure.excel.UnreadableWorkbookException;
import io.shinrai.risk.AcceptanceTier;
import io.shinrai.risk.AnnexA;
import io.shinrai.risk.Assessment;
import io.shinrai.risk.AssessmentReader;
import io.shinrai.risk.AssessmentVocabulary;
import io.shinrai.risk.InvalidRiskDataException;
import io.shinrai.risk.RiskMethodLibrary;
import io.shinrai.risk.RiskMethodReader;
import io.shinrai.risk.RowRisk;
import io.shinrai.risk.excel.RiskWorkbookReader;
import io.shinrai.risk.excel.RiskWorkbookWriter;
import io.shinrai.risk.pdf.RiskReportPdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Remote-service risk assessments (docs/risk-assessment-format.md): compute their risks and write them out. */
@Command(name = "risk", description = "Remote-service risk assessments in the shinrai-risk-assessment/1 format: "
        + "risks before and after the controls, and the workbook and PDF report.",
        subcommands = {RiskCommand.Evaluate.class, RiskCommand.Export.class})
final class RiskCommand {

    static final int NOT_ACCEPTABLE = 1;
    static final int UNUSABLE = 2;

    private RiskCommand() {
    }

    @Command(name = "evaluate", description = "Print every row's risk value and acceptance tier before and after the "
            + "controls. Exit code 0 when every residual risk is acceptable, 1 when one is not, 2 when a file is not "
            + "usable.")
    static final class Evaluate implements Callable<Integer> {

        @Spec
        private CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "the assessment (YAML), or its workbook (.xlsx) with "
                + "--assessment")
        private Path file;
        @Option(names = "--assessment", paramLabel = "FILE",
                description = "for a workbook: the draft assessment (YAML) it was exported from")
        private Path assessmentFile;
        @Option(names = "--method", paramLabel = "FILE",
                description = "recalculate a draft under this method (shinrai-risk-method/1)")
        private Path methodFile;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                Vocabulary vocabulary = Vocabulary.load();
                Assessment assessment = file.toString().endsWith(".xlsx")
                        ? vocabulary.workbook(file, assessmentFile) : vocabulary.read(file);
                if (methodFile != null) {
                    assessment = assessment.withMethod(new RiskMethodReader().read(Files.readAllBytes(methodFile)));
                }
                boolean acceptable = true;
                out.printf("%s version %d, %s (%s version %s)%n", assessment.id(), assessment.version(),
                        assessment.state().label().en(), assessment.method().id(), assessment.method().version());
                out.printf("%-8s %9s %-26s %9s %s%n", "row", "inherent", "", "residual", "");
                for (RowRisk risk : assessment.risks()) {
                    out.printf("%-8s %9d %-26s %9d %s%n", risk.row().id(), risk.inherent(),
                            risk.inherentTier().label().en(), risk.residual(), risk.residualTier().label().en());
                    acceptable &= risk.residualTier() != AcceptanceTier.NOT_ACCEPTABLE;
                }
                return acceptable ? 0 : NOT_ACCEPTABLE;
            } catch (InvalidRiskDataException | UnusableInput refused) {
                err.println(file + ": " + refused.getMessage());
                return UNUSABLE;
            }
        }
    }

    @Command(name = "export", description = "Write an assessment as the Excel workbook (method and legend, risk "
            + "list, heat maps, Statement of Applicability) and/or the PDF report.")
    static final class Export implements Callable<Integer> {

        @Spec
        private CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "the assessment (YAML)")
        private Path file;
        @Option(names = "--excel", paramLabel = "FILE", description = "write the workbook here")
        private Path excel;
        @Option(names = "--pdf", paramLabel = "FILE", description = "write the PDF report here")
        private Path pdf;
        @Option(names = "--language", paramLabel = "ja|en", defaultValue = "ja",
                description = "language of the PDF report (default: ${DEFAULT-VALUE})")
        private String language;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            if (excel == null && pdf == null) {
                err.println("give --excel FILE, --pdf FILE or both");
                return UNUSABLE;
            }
            try {
                Vocabulary vocabulary = Vocabulary.load();
                Assessment assessment = vocabulary.read(file);
                if (excel != null) {
                    try (OutputStream out = Files.newOutputStream(excel)) {
                        new RiskWorkbookWriter(vocabulary.names()).write(assessment, out);
                    }
                }
                if (pdf != null) {
                    try (OutputStream out = Files.newOutputStream(pdf)) {
                        new RiskReportPdfWriter(vocabulary.names(), "en".equals(language) ? Locale.ENGLISH
                                : Locale.JAPANESE).write(assessment, out);
                    }
                }
                return 0;
            } catch (InvalidRiskDataException | UnusableInput refused) {
                err.println(file + ": " + refused.getMessage());
                return UNUSABLE;
            }
        }
    }

    /** A file the command cannot use, said in words. */
    static final class UnusableInput extends Exception {

        UnusableInput(String message) {
            super(message);
        }
    }

    /** The built-in methods and the names an assessment may use, as the server has them. */
    private record Vocabulary(AssessmentVocabulary names, AssessmentReader reader) {

        static Vocabulary load() throws UnusableInput {
            try {
                AssessmentVocabulary names = new AssessmentVocabulary(AnnexA.controls(),
                        CatalogueLibrary.load(null));
                return new Vocabulary(names, new AssessmentReader(RiskMethodLibrary.builtIn(), names));
            } catch (InvalidCatalogueException e) {
                throw new UnusableInput(e.getMessage());
            }
        }

        Assessment read(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                return reader.read(in);
            }
        }

        Assessment workbook(Path workbook, Path assessment) throws IOException, UnusableInput {
            if (assessment == null) {
                throw new UnusableInput("a workbook needs --assessment FILE, the assessment it was exported from");
            }
            try (InputStream in = Files.newInputStream(workbook)) {
                return new RiskWorkbookReader(names).read(in, read(assessment));
            } catch (UnreadableWorkbookException e) {
                LocalizedText reason = e.refusal().message();
                throw new UnusableInput(reason.en());
            }
        }
    }
}
