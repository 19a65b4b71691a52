package io.shinrai.cli;

import io.shinrai.sbom.DocumentElement;
import io.shinrai.sbom.ElementCoverage;
import io.shinrai.sbom.InvalidSbomException;
import io.shinrai.sbom.MinimumElementsCheck;
import io.shinrai.sbom.MinimumElementsReport;
import io.shinrai.sbom.SbomDocument;
import io.shinrai.sbom.SbomFile;
import io.shinrai.sbom.SbomProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Software bills of materials, checked as an import would read them. */
@Command(name = "sbom", description = "Software bills of materials: CycloneDX 1.2 to 1.6 (JSON, XML) and SPDX 2.2 "
        + "and 2.3 (JSON, tag-value).", subcommands = {SbomCommand.Check.class})
final class SbomCommand {

    @Command(name = "check", description = "Read SBOMs as an import does, however large, and print each one's "
            + "format, components and NTIA minimum elements (supplier, name, version and unique identifier of "
            + "every component; relationships, author and timestamp of the document). Exit code 0 when every "
            + "file can be imported, 1 with --require-minimum-elements when one lacks an element, 2 when one "
            + "cannot be imported.")
    static final class Check implements Callable<Integer> {

        @Spec
        private CommandSpec spec;
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "SBOM files; the format is recognised "
                + "from the content")
        private List<Path> files;
        @Option(names = "--json", description = "print the results as JSON")
        private boolean json;
        @Option(names = "--require-minimum-elements", description = "count a file that lacks any NTIA minimum "
                + "element as a failure (exit code 1)")
        private boolean requireMinimumElements;
        @Option(names = "--examples", paramLabel = "N", defaultValue = "" + MinimumElementsCheck.DEFAULT_EXAMPLES,
                description = "how many components lacking an element to name (default: ${DEFAULT-VALUE})")
        private int examples;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            JsonMapper mapper = JsonMapper.builder().build();
            ArrayNode results = mapper.createArrayNode();
            int worst = 0;
            for (Path file : files) {
                ObjectNode result = results.addObject().put("file", file.toString());
                MinimumElementsCheck check = new MinimumElementsCheck(Math.max(0, examples));
                SbomDocument document;
                try (InputStream in = Files.newInputStream(file)) {
                    document = SbomFile.read(in, check);
                } catch (InvalidSbomException invalid) {
                    worst = DisclosureCommand.UNUSABLE;
                    describeProblems(result, invalid.problems());
                    if (!json) {
                        printProblems(out, file, invalid.problems());
                    }
                    continue;
                } catch (IOException unreadable) {
                    worst = DisclosureCommand.UNUSABLE;
                    result.put("valid", false).put("error", "cannot be read: " + unreadable.getMessage());
                    spec.commandLine().getErr().println(file + ": cannot be read: " + unreadable.getMessage());
                    continue;
                }
                MinimumElementsReport report = check.report();
                if (requireMinimumElements && !report.complete()) {
                    worst = Math.max(worst, DisclosureCommand.FINDINGS);
                }
                describe(result, document, report);
                if (!json) {
                    print(out, file, document, report);
                }
            }
            if (json) {
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(results));
            }
            return worst;
        }

        private static void printProblems(PrintWriter out, Path file, List<SbomProblem> problems) {
            out.printf("%s: cannot be imported, %d problem(s)%n", file, problems.size());
            problems.forEach(problem -> out.println("  " + problem.message().en()));
        }

        private static void print(PrintWriter out, Path file, SbomDocument document, MinimumElementsReport report) {
            out.printf("%s: %s %s, %d component(s)%n", file, document.format().label(), document.specVersion(),
                    report.components());
            if (document.product() != null) {
                out.println("  product: " + document.product().displayName());
            }
            if (document.serialNumber() != null) {
                out.println("  identified as " + document.serialNumber());
            }
            out.println("  NTIA minimum elements" + (report.complete() ? ": all present" : ":"));
            for (ElementCoverage coverage : report.componentElements()) {
                out.printf("    %-44s %d of %d%s%n", coverage.element().label().en(), coverage.present(),
                        report.components(), coverage.missing() == 0 ? "" : "; lacking in " + coverage.missing()
                                + (coverage.missingExamples().isEmpty() ? "" : ", among them:"));
                coverage.missingExamples().forEach(component -> out.println("      " + component));
            }
            for (DocumentElement element : report.documentElements()) {
                out.printf("    %-44s %s%n", element.element().label().en(),
                        element.present() ? "yes (" + element.value() + ")" : "no");
            }
        }

        private static void describeProblems(ObjectNode result, List<SbomProblem> problems) {
            ArrayNode list = result.put("valid", false).putArray("problems");
            for (SbomProblem problem : problems) {
                list.addObject().put("place", problem.place().describe().en())
                        .put("kind", problem.kind().name().toLowerCase(Locale.ROOT))
                        .put("message", problem.message().en())
                        .put("messageJa", problem.message().ja());
            }
        }

        private static void describe(ObjectNode result, SbomDocument document, MinimumElementsReport report) {
            result.put("valid", true).put("format", document.format().name().toLowerCase(Locale.ROOT))
                    .put("specVersion", document.specVersion()).put("serialNumber", document.serialNumber())
                    .put("components", report.components());
            ObjectNode elements = result.putObject("minimumElements").put("complete", report.complete());
            ArrayNode perComponent = elements.putArray("components");
            for (ElementCoverage coverage : report.componentElements()) {
                ObjectNode node = perComponent.addObject()
                        .put("element", coverage.element().name().toLowerCase(Locale.ROOT))
                        .put("present", coverage.present()).put("missing", coverage.missing());
                ArrayNode examples = node.putArray("missingExamples");
                coverage.missingExamples().forEach(examples::add);
            }
            ArrayNode ofDocument = elements.putArray("document");
            for (DocumentElement element : report.documentElements()) {
                ofDocument.addObject().put("element", element.element().name().toLowerCase(Locale.ROOT))
                        .put("present", element.present()).put("value", element.value());
            }
        }
    }
}
