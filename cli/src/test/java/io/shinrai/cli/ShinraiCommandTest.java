package io.shinrai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ShinraiCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int shinrai(String... args) {
        CommandLine shinrai = ShinraiCommand.commandLine();
        shinrai.setOut(new PrintWriter(out, true));
        shinrai.setErr(new PrintWriter(err, true));
        return shinrai.execute(args);
    }

    @Test
    void helpListsTheCommands() {
        assertThat(shinrai("--help")).isZero();
        assertThat(out.toString()).containsPattern("(?m)^Commands:\\R\\s+version\\s")
                .containsPattern("(?m)^\\s+catalogue\\s").containsPattern("(?m)^\\s+disclosure\\s");
    }

    @Test
    void versionPrintsTheProjectVersionAndTheRuntime() {
        assertThat(shinrai("version")).isZero();
        assertThat(out.toString())
                .startsWith("Shinrai " + System.getProperty("project.version") + System.lineSeparator())
                .contains("Java " + System.getProperty("java.version"))
                .contains("OS " + System.getProperty("os.name"));
    }

    @Test
    void versionOptionPrintsWhatTheVersionCommandPrints() {
        shinrai("version");
        String fromCommand = out.toString();
        out.getBuffer().setLength(0);

        assertThat(shinrai("--version")).isZero();
        assertThat(out.toString()).isEqualTo(fromCommand);
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(shinrai("zzz")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("Unmatched argument at index 0: 'zzz'").contains("Commands:");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void withoutACommandItSaysSoAndShowsTheUsage() {
        assertThat(shinrai()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).startsWith("Missing command").contains("Commands:");
    }
}
