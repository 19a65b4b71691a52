package io.shinrai.cli;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.CatalogueReader;
import io.shinrai.catalog.InvalidCatalogueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checklist catalogues: list the built-in ones, and check files before adding them to an installation. */
@Command(name = "catalogue", description = "Checklist catalogues (MDS, SDS, MDS2, checklists).",
        subcommands = {CatalogueCommand.ListCatalogues.class, CatalogueCommand.Check.class})
final class CatalogueCommand {

    @Command(name = "list", description = "List the built-in catalogues.")
    static final class ListCatalogues implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws InvalidCatalogueException {
            PrintWriter out = spec.commandLine().getOut();
            for (Catalogue catalogue : CatalogueLibrary.load(null).all()) {
                out.printf("%-32s %s (%d items)%n", catalogue.key(), catalogue.title().en(),
                        catalogue.allItems().size());
            }
            return 0;
        }
    }

    @Command(name = "check", description = "Check catalogue files in the shinrai-catalogue/1 format; "
            + "exit code 1 when any has problems.")
    static final class Check implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "YAML catalogue files")
        private List<Path> files;

        @Override
        public Integer call() throws IOException {
            int exitCode = 0;
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    Catalogue catalogue = new CatalogueReader().read(in, file.toString());
                    spec.commandLine().getOut().printf("%s: OK, %s with %d sections and %d items%n", file,
                            catalogue.key(), catalogue.sections().size(), catalogue.allItems().size());
                } catch (InvalidCatalogueException e) {
                    spec.commandLine().getErr().println(e.getMessage());
                    exitCode = 1;
                }
            }
            return exitCode;
        }
    }
}
