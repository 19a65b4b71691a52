package io.shinrai.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the Shinrai version and the runtime it runs on; {@code shinrai --version} prints the same. */
@Command(name = "version", description = "Print the versions of Shinrai and Java, and the operating system.")
final class VersionCommand implements Runnable, IVersionProvider {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        for (String line : getVersion()) {
            spec.commandLine().getOut().println(line);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "Shinrai " + shinraiVersion(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
            "OS " + System.getProperty("os.name") + " " + System.getProperty("os.version")
                    + " (" + System.getProperty("os.arch") + ")"
        };
    }

    private static String shinraiVersion() {
        try (InputStream in = VersionCommand.class.getResourceAsStream("build.properties")) {
            Properties build = new Properties();
            build.load(in);
            return build.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
