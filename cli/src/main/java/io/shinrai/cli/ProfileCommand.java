package io.shinrai.cli;

import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.InvalidCatalogueException;
import io.shinrai.hospital.InvalidProfileException;
import io.shinrai.hospital.ProfileLibrary;
import io.shinrai.hospital.ProfileReader;
import io.shinrai.hospital.RequirementProfile;
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

/** Requirement profiles: list the built-in ones, and check a hospital's files before using them. */
@Command(name = "profile", description = "Requirement profiles: which answers of a disclosure a hospital accepts "
        + "(docs/profile-format.md).",
        subcommands = {ProfileCommand.ListProfiles.class, ProfileCommand.Check.class})
final class ProfileCommand {

    @Command(name = "list", description = "List the built-in profiles and the catalogue each applies to.")
    static final class ListProfiles implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws InvalidCatalogueException, InvalidProfileException {
            PrintWriter out = spec.commandLine().getOut();
            for (RequirementProfile profile : ProfileLibrary.load(CatalogueLibrary.load(null), null).all()) {
                out.printf("%-50s %-30s %s%n", profile.key(), profile.catalogueId() + "@" + profile.catalogueVersion(),
                        profile.title().en());
            }
            return 0;
        }
    }

    @Command(name = "check", description = "Check profile files in the shinrai-profile/1 format against their "
            + "catalogues; exit code 1 when any has problems.")
    static final class Check implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--catalogues", paramLabel = "DIR",
                description = "folder with catalogue files beside the built-in ones")
        private Path catalogues;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "YAML profile files")
        private List<Path> files;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            ProfileReader reader;
            try {
                reader = new ProfileReader(CatalogueLibrary.load(catalogues));
            } catch (InvalidCatalogueException e) {
                err.println(e.getMessage());
                return 1;
            }
            int exitCode = 0;
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    RequirementProfile profile = reader.read(in, file.toString());
                    spec.commandLine().getOut().printf("%s: OK, %s for %s@%s with rules for %d single items%n", file,
                            profile.key(), profile.catalogueId(), profile.catalogueVersion(),
                            profile.overrides().size());
                } catch (InvalidProfileException e) {
                    err.println(e.getMessage());
                    exitCode = 1;
                }
            }
            return exitCode;
        }
    }
}
