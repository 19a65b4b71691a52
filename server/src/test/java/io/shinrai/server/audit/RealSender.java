package io.shinrai.server.audit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Whether rsyslogd and its OpenSSL network driver (Debian packages rsyslog, rsyslog-openssl) are installed. */
    static boolean rsyslogWithTls() {
        return available("rsyslogd") && Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/rsyslog/lmnsd_ossl.so"));
    }

    /** A port on the loopback interface that nothing listens on, for a receiver started by the test. */
    static int freeLoopbackPort() {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return free.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port", e);
        }
    }

    /** Starts rsyslogd in the foreground with the configuration, its own output in folder/rsyslogd.log. */
    static Process rsyslog(Path folder, String configuration) throws IOException {
        Path file = Files.writeString(folder.resolve("rsyslog.conf"), configuration);
        return new ProcessBuilder("rsyslogd", "-n", "-f", file.toString(),
                "-i", folder.resolve("rsyslogd.pid").toString()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("rsyslogd.log").toFile()).start();
    }

    /** Sends the A.5 message as a PACS's logger would: RFC 5424 over TCP, octet-counted, MSGID IHE+RFC-3881. */
    static void loggerOverTcp(int port, String xml) throws IOException, InterruptedException {
        run(List.of("logger", "--rfc5424", "--tcp", "--octet-count", "-n", "127.0.0.1", "-P", String.valueOf(port),
                "--msgid", "IHE+RFC-3881", "-t", "PACS", xml));
    }
}
