package io.shinrai.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code shinrai} command. Every tool is a subcommand, listed here. */
@Command(
        name = "shinrai",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.class,
        description = "Shinrai command-line tools, usable without a server.",
        subcommands = {VersionCommand.class, CatalogueCommand.class, DisclosureCommand.class, ProfileCommand.class,
                DicomCommand.class, AuditCommand.class, SbomCommand.class, VulnCommand.class, CsafCommand.class,
                RiskCommand.class})
public final class ShinraiCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        // options such as --format take enum values, which people type in lower case
        return new CommandLine(new ShinraiCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command");
    }
}
