package io.shinrai.bench;

import io.shinrai.crypto.LocalTlsAuthority;
import io.shinrai.crypto.TlsContext;
import io.shinrai.crypto.TlsPolicy;
import io.shinrai.relay.Admission;
import io.shinrai.relay.Relay;
import io.shinrai.relay.RelayClient;
import io.shinrai.relay.RelayLimits;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How many maintenance sessions one relay holds at once: for each count, that many engineers connect through the
 * relay (TLS with the hybrid group) to one loopback target, every session then sends a message and gets its answer
 * while all are open. Prints the time to open them, the time for the round of messages, the threads and the heap.
 *
 * <p>usage: RelaySessionsHeld COUNT...
 */
public final class RelaySessionsHeld {

    private static final Logger JSSE_LOG = Logger.getLogger("org.bouncycastle.jsse");
    private static final int MESSAGE = 64;

    private RelaySessionsHeld() {
    }

    public static void main(String[] args) throws Exception {
        JSSE_LOG.setLevel(Level.WARNING);
        LocalTlsAuthority authority = LocalTlsAuthority.generate("Bench Hospital", List.of("localhost"),
                Duration.ofDays(2), Instant.now().minus(Duration.ofHours(1)));
        TlsContext server = TlsContext.server(authority.server(), TlsPolicy.HYBRID);
        TlsContext client = TlsContext.client(List.of(authority.authority()), TlsPolicy.HYBRID);
        System.out.println("sessions,open_ms,round_ms,threads,heap_mb");
        for (String arg : args) {
            int count = Integer.parseInt(arg);
            try (RelayBenchmark.LoopbackServer target = new RelayBenchmark.LoopbackServer(MESSAGE, null);
                 Relay relay = new Relay(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), () -> server,
                         (connection, negotiated) -> { }, (token, source) -> new Admission.Admitted("bench",
                                 "engineer", "127.0.0.1", target.port(), Instant.now().plus(Duration.ofDays(1))),
                         RelayBenchmark.Silent.OBSERVER, new RelayLimits(count, count, Duration.ofSeconds(60),
                                 Duration.ofSeconds(10), Duration.ofSeconds(1)), Clock.systemUTC())) {
                measure(count, relay, client);
            }
        }
        System.exit(0);
    }

    private static void measure(int count, Relay relay, TlsContext client) throws Exception {
        List<Socket> sessions = new ArrayList<>();
        try {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                sessions.add(RelayClient.open(client, "localhost", relay.port(), "session-" + i + "-000000000000"));
            }
            long opened = System.nanoTime();
            if (relay.held() != count) {
                throw new IllegalStateException("the relay holds " + relay.held() + " of " + count);
            }
            byte[] message = new byte[MESSAGE];
            for (Socket session : sessions) {
                session.getOutputStream().write(message);
                session.getOutputStream().flush();
            }
            for (Socket session : sessions) {
                if (session.getInputStream().read() < 0) {
                    throw new IOException("a session closed");
                }
            }
            long answered = System.nanoTime();
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("%d,%d,%d,%d,%d%n", count, (opened - start) / 1_000_000, (answered - opened) / 1_000_000,
                    ManagementFactory.getThreadMXBean().getThreadCount(),
                    (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        } finally {
            for (Socket session : sessions) {
                session.close();
            }
        }
    }
}
