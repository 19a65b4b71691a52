package io.shinrai.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shinrai.audit.ChainVerdict;
import io.shinrai.audit.ChainVerifier;
import io.shinrai.audit.ChainedRecord;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documented guarantee of syslog intake, shown the hard way: a server in its own process receives a stream of
 * audit messages and is killed with SIGKILL in the middle. Every message of every batch it reported committed is
 * in the database afterwards, in the order sent, and the chain verifies. Runs on PostgreSQL, in a schema of its own.
 */
class SyslogDurabilityTest {

    private static final String SCHEMA = "shinrai_audit_durability";
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA;
    private static final Pattern COMMITTED = Pattern.compile("Committed audit records (\\d+) to (\\d+)");

    @Test
    void everyCommittedBatchSurvivesKillMinusNine() throws Exception {
        assumeTrue(resetSchema(), "PostgreSQL not reachable at 127.0.0.1:5432: test skipped");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Process server = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                SyslogIngestProcess.class.getName(), URL, SCHEMA, String.valueOf(port))
                .redirectErrorStream(true).start();
        AtomicLong reportedCommitted = new AtomicLong();
        Thread watcher = new Thread(() -> watch(server, reportedCommitted));
        watcher.start();
        String run = UUID.randomUUID().toString().substring(0, 8);
        long sent = 0;
        try {
            awaitListening(port, server);
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                OutputStream out = socket.getOutputStream();
                while (reportedCommitted.get() < 300 && sent < 200_000) {
                    out.write(frame(SyslogReceiverTest.atnaMessage(user(run, ++sent))));
                    if (sent % 50 == 0) {
                        out.flush();
                    }
                }
                server.destroyForcibly();
                server.waitFor(30, TimeUnit.SECONDS);
            } catch (IOException senderCutOff) {
                // the server died under the sender, as intended
            }
        } finally {
            server.destroyForcibly();
            watcher.join(10_000);
        }

        long committed = reportedCommitted.get();
        assertThat(committed).as("the server reported commits before it was killed").isGreaterThanOrEqualTo(300);
        List<ChainedRecord> records = readChain();
        assertThat(records.size()).isGreaterThanOrEqualTo((int) committed);
        for (int i = 0; i < records.size(); i++) {
            assertThat(records.get(i).record().summary().userId()).isEqualTo(user(run, i + 1));
        }
        ChainVerifier verifier = new ChainVerifier("", Optional.empty(), List.of());
        records.forEach(verifier::accept);
        ChainVerdict verdict = verifier.finish();
        assertThat(verdict).isInstanceOf(ChainVerdict.Intact.class);
        assertThat(((ChainVerdict.Intact) verdict).lastSequence()).isEqualTo(records.size());
    }

    private static String user(String run, long number) {
        return "durable-" + run + "-" + number;
    }

    private static byte[] frame(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        byte[] prefix = (bytes.length + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[prefix.length + bytes.length];
        System.arraycopy(prefix, 0, frame, 0, prefix.length);
        System.arraycopy(bytes, 0, frame, prefix.length, bytes.length);
        return frame;
    }

    private static void watch(Process server, AtomicLong reportedCommitted) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher matcher = COMMITTED.matcher(line);
                if (matcher.find()) {
                    reportedCommitted.accumulateAndGet(Long.parseLong(matcher.group(2)), Math::max);
                } else {
                    System.out.println("[server] " + line);
                }
            }
        } catch (IOException processGone) {
            // the output ends with the process
        }
    }

    private static void awaitListening(int port, Process server) throws InterruptedException {
        for (int attempt = 0; attempt < 1200; attempt++) {
            if (!server.isAlive()) {
                throw new AssertionError("the server process ended before it listened");
            }
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the server did not start listening for syslog on " + port);
    }

    private static String javaExecutable() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "postgres", "");
    }

    private static boolean resetSchema() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            return true;
        } catch (SQLException unreachable) {
            System.out.println("PostgreSQL not reachable (" + unreachable.getMessage() + "): test skipped");
            return false;
        }
    }

    /** The records as the repository reads them, through a connection of this test's own. */
    private static List<ChainedRecord> readChain() {
        DriverManagerDataSource database = new DriverManagerDataSource(URL, "postgres", "");
        AuditRepository repository = new AuditRepository(JdbcClient.create(database),
                new NamedParameterJdbcTemplate(database), JsonMapper.builder().build());
        return repository.after(0, Integer.MAX_VALUE);
    }
}
