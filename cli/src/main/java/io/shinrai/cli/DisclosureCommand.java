package io.shinrai.cli;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.InvalidCatalogueException;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.DisclosureCheck;
import io.shinrai.disclosure.Finding;
import io.shinrai.disclosure.SectionProgress;
import io.shinrai.disclosure.json.DisclosureJson;
import io.shinrai.disclosure.json.InvalidDisclosureException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Security disclosures (MDS/SDS, MDS2) as files, without a server. */
@Command(name = "disclosure", description = "Security disclosures (MDS/SDS, MDS2) as files.",
        subcommands = {DisclosureCommand.Validate.class})
final class DisclosureCommand {

    /** Exit code of a disclosure that is readable but not ready to publish. */
    static final int FINDINGS = 1;
    /** Exit code of a file that is not a usable disclosure. */
    static final int UNUSABLE = 2;

    @Command(name = "validate", description = "Check a disclosure (JSON) against its catalogue: unanswered items, "
            + "いいえ without remarks, answers to items that are not asked. Exit code 0 when ready to publish, "
            + "1 with findings, 2 when the file is not usable.")
    static final class Validate implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "disclosure in the shinrai-disclosure/1 JSON format")
        private Path file;

        @Option(names = "--catalogues", paramLabel = "DIR",
                description = "folder with catalogue files beside the built-in ones")
        private Path catalogues;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Disclosure disclosure;
            Catalogue catalogue;
            try (InputStream in = Files.newInputStream(file)) {
                disclosure = new DisclosureJson().read(in);
                catalogue = CatalogueLibrary.load(catalogues)
                        .find(disclosure.catalogueId(), disclosure.catalogueVersion()).orElse(null);
            } catch (InvalidDisclosureException | InvalidCatalogueException e) {
                err.println(file + ": " + e.getMessage());
                return UNUSABLE;
            }
            if (catalogue == null) {
                err.println(file + ": answers the catalogue " + disclosure.catalogueId() + " version "
                        + disclosure.catalogueVersion() + ", which is not known here (see --catalogues)");
                return UNUSABLE;
            }
            DisclosureCheck check = new DisclosureCheck(catalogue);
            for (SectionProgress section : check.progress(disclosure)) {
                out.printf("%-28s %3d%%  %d of %d answered%n", section.sectionId(), section.percent(),
                        section.answered(), section.asked());
            }
            List<Finding> findings = check.findings(disclosure);
            for (Finding finding : findings) {
                out.printf("%s: %s%n", finding.ref(), finding.kind().description().en());
            }
            out.println(findings.isEmpty() ? "Ready to publish." : findings.size() + " finding(s).");
            return findings.isEmpty() ? 0 : FINDINGS;
        }
    }
}
