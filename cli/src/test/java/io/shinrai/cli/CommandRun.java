package io.shinrai.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the shinrai command in-process and keeps what it printed. */
final class CommandRun {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    int shinrai(String... args) {
        CommandLine shinrai = ShinraiCommand.commandLine();
        shinrai.setOut(new PrintWriter(out, true));
        shinrai.setErr(new PrintWriter(err, true));
        return shinrai.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    void forgetOutput() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }
}
