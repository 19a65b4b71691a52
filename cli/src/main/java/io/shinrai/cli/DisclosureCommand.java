package io.shinrai.cli;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.InvalidCatalogueException;
import io.shinrai.disclosure.Change;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.DisclosureCheck;
import io.shinrai.disclosure.DisclosureDiff;
import io.shinrai.disclosure.Finding;
import io.shinrai.disclosure.SectionProgress;
import io.shinrai.disclosure.file.DisclosureFormat;
import io.shinrai.disclosure.file.ImportResult;
import io.shinrai.disclosure.file.UnusableFileException;
import io.shinrai.disclosure.json.DisclosureJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Security disclosures (MDS/SDS, MDS2) as files, without a server. */
@Command(name = "disclosure", description = "Security disclosures (MDS/SDS, MDS2) as files.",
        subcommands = {DisclosureCommand.Validate.class, DisclosureCommand.Import.class,
                DisclosureCommand.Export.class, DisclosureCommand.Diff.class, GapsCommand.class,
                SignatureCommands.Sign.class, SignatureCommands.Verify.class})
final class DisclosureCommand {

    /** Exit code of a disclosure that is readable but not ready to publish. */
    static final int FINDINGS = 1;
    /** Exit code of a file that is not a usable disclosure. */
    static final int UNUSABLE = 2;

    @Command(name = "validate", description = "Check a disclosure against its catalogue: unanswered items, "
            + "いいえ without remarks, answers to items that are not asked. Exit code 0 when ready to publish, "
            + "1 with findings, 2 when the file is not usable.")
    static final class Validate implements Callable<Integer> {

        @Spec
        private CommandSpec spec;
        @Mixin
        private Input input;
        @Parameters(paramLabel = "FILE", description = "the disclosure: JSON, a JAHIS-style or an MDS2 workbook")
        private Path file;

        @Override
        public Integer call() {
            Read read = input.read(file, spec.commandLine().getErr());
            if (read == null) {
                return UNUSABLE;
            }
            PrintWriter out = spec.commandLine().getOut();
            DisclosureCheck check = new DisclosureCheck(read.catalogue());
            for (SectionProgress section : check.progress(read.disclosure())) {
                out.printf("%-28s %3d%%  %d of %d answered%n", section.sectionId(), section.percent(),
                        section.answered(), section.asked());
            }
            List<Finding> findings = check.findings(read.disclosure());
            for (Finding finding : findings) {
                out.printf("%s: %s%n", finding.ref(), finding.kind().description().en());
            }
            out.println(findings.isEmpty() ? "Ready to publish." : findings.size() + " finding(s).");
            return findings.isEmpty() ? 0 : FINDINGS;
        }
    }

    /** Options shared by the commands that read disclosures of any format. */
    static final class Input {

        @Option(names = "--catalogues", paramLabel = "DIR",
                description = "folder with catalogue files beside the built-in ones")
        Path catalogues;

        @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = ReadableFormats.class,
                description = "format of the input: ${COMPLETION-CANDIDATES}; detected when not given")
        DisclosureFormat format;

        /** The built-in catalogues and those in --catalogues. */
        CatalogueLibrary library() throws InvalidCatalogueException {
            return CatalogueLibrary.load(catalogues);
        }

        /** Reads a disclosure, reporting what could not be mapped; null (with the reason on err) when unusable. */
        Read read(Path file, PrintWriter err) {
            try {
                CatalogueLibrary library = library();
                byte[] bytes = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                ImportResult result = (format != null ? format : DisclosureFormat.detect(name, bytes))
                        .read(bytes, name, library);
                result.problems().forEach(problem -> err.println(file + ": " + problem.en()));
                Disclosure disclosure = result.disclosure();
                Catalogue catalogue = library.find(disclosure.catalogueId(), disclosure.catalogueVersion())
                        .orElse(null);
                if (catalogue == null) {
                    err.println(file + ": answers the catalogue " + disclosure.catalogueId() + " version "
                            + disclosure.catalogueVersion() + ", which is not known here (see --catalogues)");
                    return null;
                }
                return new Read(disclosure, catalogue, !result.problems().isEmpty());
            } catch (UnusableFileException e) {
                err.println(file + ": " + e.reason().en());
            } catch (InvalidCatalogueException | IOException e) {
                err.println(file + ": " + e.getMessage());
            }
            return null;
        }
    }

    /** The formats a disclosure can be read from: all but PDF, which is only written. */
    static final class ReadableFormats implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(DisclosureFormat.values()).filter(format -> format != DisclosureFormat.PDF)
                    .map(DisclosureFormat::name).iterator();
        }
    }

    /** A disclosure read from a file, and whether anything in the file could not be mapped. */
    record Read(Disclosure disclosure, Catalogue catalogue, boolean incomplete) {
    }

    @Command(name = "import", description = "Read a disclosure from a JAHIS-style workbook, an MDS2 workbook or "
            + "JSON and write it as JSON. What could not be mapped is listed; exit code 1 then, 2 when unusable.")
    static final class Import implements Callable<Integer> {

        @Spec
        private CommandSpec spec;
        @Mixin
        private Input input;
        @Parameters(paramLabel = "FILE", description = "the file to import")
        private Path file;
        @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "JSON file to write; standard output "
                + "when not given")
        private Path output;

        @Override
        public Integer call() throws IOException {
            Read read = input.read(file, spec.commandLine().getErr());
            if (read == null) {
                return UNUSABLE;
            }
            byte[] json = new DisclosureJson().write(read.disclosure(), read.catalogue());
            if (output == null) {
                spec.commandLine().getOut().println(new String(json, StandardCharsets.UTF_8));
            } else {
                Files.write(output, json);
            }
            return read.incomplete() ? FINDINGS : 0;
        }
    }

    @Command(name = "export", description = "Write a disclosure (any format) as a JAHIS-style workbook, an MDS2 "
            + "workbook, JSON, or a PDF of the printable view with its Japanese font embedded.")
    static final class Export implements Callable<Integer> {

        @Spec
        private CommandSpec spec;
        @Mixin
        private Input input;
        @Parameters(paramLabel = "FILE", description = "the disclosure to export")
        private Path file;
        @Option(names = "--to", required = true, paramLabel = "FORMAT",
                description = "format to write: ${COMPLETION-CANDIDATES}")
        private DisclosureFormat target;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "file to write")
        private Path output;

        @Override
        public Integer call() throws IOException {
            Read read = input.read(file, spec.commandLine().getErr());
            if (read == null) {
                return UNUSABLE;
            }
            try (OutputStream out = Files.newOutputStream(output)) {
                target.write(read.disclosure(), read.catalogue(), out);
            }
            spec.commandLine().getOut().println("Wrote " + output);
            return 0;
        }
    }

    @Command(name = "diff", description = "Show what changed between two disclosures (two revisions, or two "
            + "product versions). Exit code 0 when nothing changed, 1 when something did.")
    static final class Diff implements Callable<Integer> {

        @Spec
        private CommandSpec spec;
        @Mixin
        private Input input;
        @Parameters(index = "0", paramLabel = "BEFORE")
        private Path before;
        @Parameters(index = "1", paramLabel = "AFTER")
        private Path after;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Read was = input.read(before, err);
            Read is = input.read(after, err);
            if (was == null || is == null) {
                return UNUSABLE;
            }
            List<Change> changes = new DisclosureDiff(is.catalogue()).between(was.disclosure(), is.disclosure());
            PrintWriter out = spec.commandLine().getOut();
            for (Change change : changes) {
                out.printf("%s: \"%s\" -> \"%s\"%n", change.ref() != null ? change.ref() : change.field(),
                        change.before(), change.after());
            }
            out.println(changes.isEmpty() ? "No changes." : changes.size() + " change(s).");
            return changes.isEmpty() ? 0 : 1;
        }
    }
}
