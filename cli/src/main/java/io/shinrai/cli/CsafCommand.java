package io.shinrai.cli;

import io.shinrai.vuln.CsafProblem;
import io.shinrai.vuln.CsafValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** CSAF 2.0 documents: security advisories and VEX. */
@Command(name = "csaf", description = "CSAF 2.0 security advisories and VEX documents.",
        subcommands = {CsafCommand.Validate.class})
final class CsafCommand {

    private CsafCommand() {
    }

    @Command(name = "validate", description = "Check CSAF 2.0 documents against the required structure of the "
            + "schema and the mandatory tests of section 6.1 (those listed in the user guide). Exit code 0 when every "
            + "document passes, 1 when one fails a check, 2 when one cannot be read.")
    static final class Validate implements Callable<Integer> {

        @Spec
        private CommandSpec spec;
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "CSAF 2.0 JSON documents")
        private List<Path> files;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            int worst = 0;
            for (Path file : files) {
                List<CsafProblem> problems;
                try {
                    problems = CsafValidator.validate(Files.readAllBytes(file));
                } catch (IOException unreadable) {
                    spec.commandLine().getErr().println(file + ": cannot be read: " + unreadable.getMessage());
                    worst = DisclosureCommand.UNUSABLE;
                    continue;
                }
                if (problems.isEmpty()) {
                    out.println(file + ": valid");
                } else {
                    worst = Math.max(worst, DisclosureCommand.FINDINGS);
                    out.printf("%s: %d problem(s)%n", file, problems.size());
                    problems.forEach(problem -> out.println("  " + problem.message().in(Locale.getDefault())));
                }
            }
            return worst;
        }
    }
}
