package io.shinrai.server.audit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program that sends or receives syslog as it would in a hospital, and fails the test when it fails; waits
 * for such a program to listen.
 */
final class RealSender {

    private RealSender() {
    }

    static boolean available(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (new java.io.File(folder, program).canExecute()) {
                return true;
            }
        }
        return new java.io.File("/usr/sbin", program).canExecute();
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError(command.get(0) + " failed with " + process.exitValue() + ": " + output);
        }
    }

    /** Waits until a receiver the test started listens on the loopback port. */
    static void awaitListening(int port) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nothing started listening on " + port);
    }
}
