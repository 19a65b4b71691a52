package io.shinrai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ShinraiCommandTest {

    private final CommandRun run = new CommandRun();

    @Test
    void helpListsTheCommands() {
        assertThat(run.shinrai("--help")).isZero();
        assertThat(run.out()).containsPattern("(?m)^Commands:\\R\\s+version\\s")
                .containsPattern("(?m)^\\s+catalogue\\s").containsPattern("(?m)^\\s+disclosure\\s")
                .containsPattern("(?m)^\\s+profile\\s").containsPattern("(?m)^\\s+audit\\s")
                .containsPattern("(?m)^\\s+sbom\\s")
                .containsPattern("(?m)^\\s+vuln\\s");
    }

    @Test
    void versionPrintsTheProjectVersionAndTheRuntime() {
        assertThat(run.shinrai("version")).isZero();
        assertThat(run.out())
                .startsWith("Shinrai " + System.getProperty("project.version") + System.lineSeparator())
                .contains("Java " + System.getProperty("java.version"))
                .contains("OS " + System.getProperty("os.name"));
    }

    @Test
    void versionOptionPrintsWhatTheVersionCommandPrints() {
        run.shinrai("version");
        String fromCommand = run.out();
        run.forgetOutput();

        assertThat(run.shinrai("--version")).isZero();
        assertThat(run.out()).isEqualTo(fromCommand);
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run.shinrai("zzz")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(run.err()).contains("Unmatched argument at index 0: 'zzz'").contains("Commands:");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void withoutACommandItSaysSoAndShowsTheUsage() {
        assertThat(run.shinrai()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(run.err()).startsWith("Missing command").contains("Commands:");
    }
}
