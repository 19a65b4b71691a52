package io.shinrai.cli;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.sbom.Component;
import io.shinrai.sbom.DocumentElement;
import io.shinrai.sbom.ElementCoverage;
import io.shinrai.sbom.InvalidSbomException;
import io.shinrai.sbom.MinimumElementsCheck;
import io.shinrai.sbom.MinimumElementsReport;
import io.shinrai.sbom.SbomDocument;
import io.shinrai.sbom.SbomFile;
import io.shinrai.sbom.Relationship;
import io.shinrai.sbom.SbomProblem;
import io.shinrai.sbom.SbomVisitor;
import io.shinrai.vuln.Advisory;
import io.shinrai.vuln.AdvisoryIndex;
import io.shinrai.vuln.AdvisoryMatcher;
import io.shinrai.vuln.AdvisoryReader;
import io.shinrai.vuln.AdvisoryRefusal;
import io.shinrai.vuln.AssessedFinding;
import io.shinrai.vuln.CvssRating;
import io.shinrai.vuln.UnreadableAdvisoryException;
import io.shinrai.vuln.VexReader;
import io.shinrai.vuln.VexStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
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
@Command(name = "sbom", description = "Software bills of materials: CycloneDX 1.2 to 1.6 (JSON, XML), SPDX 2.2 "
        + "and 2.3 (JSON, tag-value) and SPDX 3.0 (JSON-LD), checked and matched against advisories.",
        subcommands = {SbomCommand.Check.class})
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
        @Option(names = "--json", description = "print the results as JSON (the same as --format json)")
        private boolean json;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or "
                + "sarif (SARIF 2.1.0 with the findings only); default: ${DEFAULT-VALUE}")
        private Format format;
        @Option(names = "--advisories", arity = "1..*", paramLabel = "PATH", description = "advisories to match "
                + "the components against: OSV, NVD CVE JSON 2.0, CSAF 2.0 or JVN (VULDEF XML, MyJVN JSON) files, "
                + "folders or zip archives")
        private List<Path> advisories = List.of();
        @Option(names = "--vex", arity = "1..*", paramLabel = "FILE", description = "VEX documents (CycloneDX or "
                + "CSAF 2.0 JSON) about the SBOMs' product")
        private List<Path> vex = List.of();
        @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "low", description = "the lowest "
                + "CVSS severity of a finding VEX does not take off that makes the exit code 1: none (never), "
                + "low, medium, high or critical; a finding without a CVSS 3.x or 4.0 score counts at every level but "
                + "none; default: ${DEFAULT-VALUE}")
        private Severity failOn;
        @Option(names = "--require-minimum-elements", description = "count a file that lacks any NTIA minimum "
                + "element as a failure (exit code 1)")
        private boolean requireMinimumElements;
        @Option(names = "--examples", paramLabel = "N", defaultValue = "" + MinimumElementsCheck.DEFAULT_EXAMPLES,
                description = "how many components lacking an element to name (default: ${DEFAULT-VALUE})")
        private int examples;

        enum Format { TABLE, JSON, SARIF }

        /** The CVSS severities, where none means that no finding fails the check. */
        enum Severity {
            NONE, LOW, MEDIUM, HIGH, CRITICAL;

            boolean reachedBy(AssessedFinding finding) {
                OptionalDouble score = finding.finding().advisory().highestScore();
                return this != NONE && (score.isEmpty()
                        || CvssRating.Severity.of(score.getAsDouble()).compareTo(CvssRating.Severity.valueOf(name())) >= 0);
            }
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (json) {
                format = Format.JSON;
            }
            JsonMapper mapper = JsonMapper.builder().build();
            Optional<AdvisoryMatcher> matcher;
            List<VexStatement> statements;
            try {
                matcher = matcher(err);
                statements = statements(err);
            } catch (UnreadableAdvisoryException refused) {
                err.println(refused.reason().in(Locale.getDefault()));
                return DisclosureCommand.UNUSABLE;
            } catch (IOException unreadable) {
                err.println("cannot be read: " + unreadable.getMessage());
                return DisclosureCommand.UNUSABLE;
            }
            ArrayNode results = mapper.createArrayNode();
            Sarif sarif = new Sarif(mapper);
            int worst = 0;
            for (Path file : files) {
                ObjectNode result = results.addObject().put("file", file.toString());
                MinimumElementsCheck check = new MinimumElementsCheck(Math.max(0, examples));
                SbomVulnerabilities components = new SbomVulnerabilities();
                SbomDocument document;
                try (InputStream in = Files.newInputStream(file)) {
                    document = SbomFile.read(in, new SbomVisitor() {
                        @Override
                        public void component(Component component) {
                            check.component(component);
                            components.component(component);
                        }

                        @Override
                        public void relationship(Relationship relationship) {
                            check.relationship(relationship);
                        }

                        @Override
                        public void document(SbomDocument read) {
                            check.document(read);
                            components.document(read);
                        }
                    });
                } catch (InvalidSbomException invalid) {
                    worst = DisclosureCommand.UNUSABLE;
                    describeProblems(result, invalid.problems());
                    if (format == Format.TABLE) {
                        printProblems(out, file, invalid.problems());
                    } else if (format == Format.SARIF) {
                        printProblems(err, file, invalid.problems());
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
                if (format == Format.TABLE) {
                    print(out, file, document, report);
                }
                if (matcher.isPresent()) {
                    SbomVulnerabilities.Result found = components.check(matcher.get(), statements);
                    found.unresolved().forEach(unresolved -> err.println(file + ": not decided: " + unresolved));
                    if (found.reported().stream().anyMatch(failOn::reachedBy)) {
                        worst = Math.max(worst, DisclosureCommand.FINDINGS);
                    }
                    switch (format) {
                        case TABLE -> printFindings(out, found);
                        case JSON -> describeFindings(result, found);
                        case SARIF -> sarif.add(file, found.findings());
                    }
                }
            }
            if (format == Format.JSON) {
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(results));
            } else if (format == Format.SARIF) {
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(sarif.log()));
            }
            return worst;
        }

        private Optional<AdvisoryMatcher> matcher(PrintWriter err) throws IOException, UnreadableAdvisoryException {
            if (advisories.isEmpty()) {
                return Optional.empty();
            }
            AdvisoryIndex index = new AdvisoryIndex();
            for (Path path : advisories) {
                new AdvisoryReader().read(path, index::put)
                        .forEach(problem -> err.println("skipped " + problem.in(Locale.getDefault())));
            }
            return Optional.of(new AdvisoryMatcher(index));
        }

        private List<VexStatement> statements(PrintWriter err) throws IOException, UnreadableAdvisoryException {
            List<VexStatement> statements = new ArrayList<>();
            for (Path file : vex) {
                List<LocalizedText> problems = new ArrayList<>();
                try (InputStream in = Files.newInputStream(file)) {
                    statements.addAll(VexReader.read(in, file.toString(), problems));
                } catch (NoSuchFileException missing) {
                    throw new UnreadableAdvisoryException(AdvisoryRefusal.NOT_FOUND, file.toString(), missing);
                }
                problems.forEach(problem -> err.println("skipped " + problem.in(Locale.getDefault())));
            }
            return statements;
        }

        private static void printFindings(PrintWriter out, SbomVulnerabilities.Result found) {
            List<AssessedFinding> reported = found.reported();
            out.printf("  vulnerabilities: %d finding(s) in %d component(s) matched, %d taken off by VEX; "
                    + "%d component(s) without package URL and version not matched%n", reported.size(),
                    found.matched(), found.findings().size() - reported.size(), found.unmatchable());
            for (AssessedFinding assessed : reported) {
                Advisory advisory = assessed.finding().advisory();
                String score = advisory.highestScore().stream()
                        .mapToObj(s -> " " + s + " " + CvssRating.Severity.of(s).name()).findFirst().orElse("");
                out.printf("    %s  %s%s%s%s%n", assessed.finding().component(), advisory.id(),
                        advisory.aliases().isEmpty() ? "" : " (" + String.join(", ", advisory.aliases()) + ")",
                        score, assessed.statement().map(s -> " [VEX: " + s.state().cycloneDx() + "]").orElse(""));
                out.println("      matched: " + assessed.finding().match());
            }
        }

        private static void describeFindings(ObjectNode result, SbomVulnerabilities.Result found) {
            ArrayNode findings = result.putArray("findings");
            found.findings().forEach(assessed -> FindingJson.describe(findings.addObject(), assessed));
            result.put("componentsMatched", found.matched()).put("componentsNotMatchable", found.unmatchable());
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
