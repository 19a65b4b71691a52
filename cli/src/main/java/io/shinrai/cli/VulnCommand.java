package io.shinrai.cli;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import io.shinrai.catalog.LocalizedText;
import io.shinrai.vuln.Advisory;
import io.shinrai.vuln.AdvisoryIndex;
import io.shinrai.vuln.AdvisoryMatcher;
import io.shinrai.vuln.AdvisoryReader;
import io.shinrai.vuln.ComponentCoordinates;
import io.shinrai.vuln.Finding;
import io.shinrai.vuln.MatchReport;
import io.shinrai.vuln.NvdReader;
import io.shinrai.vuln.UnreadableAdvisoryException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** Vulnerability advisories, offline: match components against OSV, CSAF and NVD data on disk. */
@Command(name = "vuln", description = "Vulnerability advisories (OSV, NVD CVE JSON 2.0, CSAF 2.0, JVN) matched against "
        + "components.",
        subcommands = {VulnCommand.MatchComponents.class})
final class VulnCommand {

    private VulnCommand() {
    }

    @Command(name = "match", description = "Match components, given by package URL with version, against "
            + "advisories: OSV, CSAF 2.0, JVN and NVD files, folders or zip archives (--advisories, --nvd). "
            + "Each finding names the range or CPE criterion that matched. Exit code 0 when nothing matched, 1 when "
            + "something did, 2 when the input is unusable.")
    static final class MatchComponents implements Callable<Integer> {

        @Spec
        private CommandSpec spec;
        @Option(names = "--advisories", arity = "1..*", paramLabel = "PATH",
                description = "advisories: OSV, NVD CVE JSON 2.0, CSAF 2.0 or JVN (VULDEF XML, MyJVN JSON) files, "
                        + "a folder of them or a zip "
                        + "archive; each file's format is recognised from its content")
        private List<Path> osv = List.of();
        @Option(names = "--nvd", arity = "1..*", paramLabel = "PATH",
                description = "NVD CVE JSON 2.0 feed files, folders or zips")
        private List<Path> nvd = List.of();
        @Option(names = "--purl", arity = "1..*", paramLabel = "PURL@VERSION", description = "components, e.g. "
                + "pkg:pypi/jinja2@2.10")
        private List<String> purls = List.of();
        @Option(names = "--components", paramLabel = "FILE", description = "a file of components, one package URL "
                + "with version a line, optionally followed by the component's CPE 2.3 name; # starts a comment")
        private Path componentsFile;
        @Option(names = "--json", description = "print the findings as JSON")
        private boolean json;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (osv.isEmpty() && nvd.isEmpty()) {
                err.println("Give advisories with --advisories or --nvd.");
                return DisclosureCommand.UNUSABLE;
            }
            List<ComponentCoordinates> components;
            try {
                components = components();
            } catch (IllegalArgumentException unusable) {
                err.println(unusable.getMessage());
                return DisclosureCommand.UNUSABLE;
            }
            AdvisoryIndex index = new AdvisoryIndex();
            try {
                for (Path path : osv) {
                    report(err, new AdvisoryReader().read(path, index::put));
                }
                for (Path path : nvd) {
                    report(err, new NvdReader().read(path, index::put));
                }
            } catch (UnreadableAdvisoryException refused) {
                err.println(refused.reason().in(Locale.getDefault()));
                return DisclosureCommand.UNUSABLE;
            }
            MatchReport report = new AdvisoryMatcher(index).match(components);
            report.unresolved().forEach(unresolved -> err.println("not decided: " + unresolved));
            if (json) {
                out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(toJson(report)));
            } else {
                report.findings().forEach(finding -> print(out, finding));
                out.printf("%d advisories, %d components, %d findings%n", index.size(), components.size(),
                        report.findings().size());
            }
            return report.findings().isEmpty() ? 0 : DisclosureCommand.FINDINGS;
        }

        private List<ComponentCoordinates> components() throws IOException {
            List<ComponentCoordinates> components = new ArrayList<>();
            for (String purl : purls) {
                components.add(component(purl, Optional.empty(), purl));
            }
            if (componentsFile != null) {
                List<String> lines = Files.readAllLines(componentsFile, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).replaceFirst("#.*", "").strip();
                    if (!line.isEmpty()) {
                        String[] fields = line.split("\\s+", 2);
                        Optional<String> cpe = Optional.ofNullable(fields.length > 1 ? fields[1] : null);
                        components.add(component(fields[0], cpe, componentsFile + ":" + (i + 1)));
                    }
                }
            }
            if (components.isEmpty()) {
                throw new IllegalArgumentException("Give components with --purl or --components.");
            }
            return components;
        }

        private static ComponentCoordinates component(String purl, Optional<String> cpe, String where) {
            try {
                PackageURL parsed = new PackageURL(purl);
                if (parsed.getVersion() == null) {
                    throw new IllegalArgumentException(where + ": the package URL has no version: " + purl);
                }
                return new ComponentCoordinates(parsed, parsed.getVersion(), cpe);
            } catch (MalformedPackageURLException malformed) {
                throw new IllegalArgumentException(where + ": not a package URL: " + malformed.getMessage());
            }
        }

        private static void report(PrintWriter err, List<LocalizedText> problems) {
            problems.forEach(problem -> err.println("skipped " + problem.in(Locale.getDefault())));
        }

        private static void print(PrintWriter out, Finding finding) {
            Advisory advisory = finding.advisory();
            out.printf("%s  %s%s%n", finding.component(), advisory.id(),
                    advisory.aliases().isEmpty() ? "" : " (" + String.join(", ", advisory.aliases()) + ")");
            out.println("    matched: " + finding.match());
            if (!advisory.summary().isBlank()) {
                out.println("    " + advisory.summary().lines().findFirst().orElse(""));
            }
        }

        private static ArrayNode toJson(MatchReport report) {
            ArrayNode findings = JsonMapper.builder().build().createArrayNode();
            report.findings().forEach(finding -> FindingJson.describe(findings.addObject(), finding));
            return findings;
        }
    }
}
