package io.shinrai.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.crypto.LocalTlsAuthority;
import io.shinrai.crypto.TlsContext;
import io.shinrai.crypto.TlsPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The relay on loopback in front of an echo server: who gets through, for how long, and what is reported. */
class RelayTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Instant START = Instant.parse("2026-11-27T01:00:00Z");
    private static final LocalTlsAuthority AUTHORITY = LocalTlsAuthority.generate("Sample Hospital",
            List.of("localhost", "127.0.0.1"), Duration.ofDays(30), Instant.now().minus(1, ChronoUnit.MINUTES));
    private static final TlsContext CLIENT = TlsContext.client(List.of(AUTHORITY.authority()), TlsPolicy.HYBRID);

    private final SettableClock clock = new SettableClock(START);
    private final Map<String, Admission> tokens = new ConcurrentHashMap<>();
    private final BlockingQueue<RelayedConnection> closed = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> refused = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> handshakes = new LinkedBlockingQueue<>();
    private EchoServer echo;
    private Relay relay;

    @BeforeEach
    void start() throws IOException {
        echo = new EchoServer();
        TlsContext server = TlsContext.server(AUTHORITY.server(), TlsPolicy.HYBRID);
        RelayObserver observer = new RelayObserver() {
            @Override
            public void opened(Admission.Admitted admission, String source, Instant at) {
            }

            @Override
            public void closed(RelayedConnection connection) {
                closed.add(connection);
            }

            @Override
            public void refused(String source, String reason) {
                refused.add(reason);
            }
        };
        relay = new Relay(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), () -> server,
                (connection, negotiated) -> handshakes.add(negotiated.namedGroup()),
                (token, source) -> tokens.getOrDefault(token, new Admission.Refused("unknown-token")),
                observer, new RelayLimits(64, 48, Duration.ofSeconds(5), Duration.ofSeconds(5),
                        Duration.ofMillis(50)), clock);
    }

    @AfterEach
    void stop() throws IOException {
        relay.close();
        echo.close();
    }

    @Test
    void aSessionInsideItsWindowReachesTheTargetAndIsReported() throws Exception {
        String token = admit("session-1", echo.port(), START.plus(Duration.ofHours(1)));

        try (SSLSocket socket = RelayClient.open(CLIENT, "localhost", relay.port(), token)) {
            assertThat(LineClient.roundTrip(socket, "show version", WAIT)).isEqualTo("show version");
            assertThat(LineClient.roundTrip(socket, "exit", WAIT)).isEqualTo("exit");
        }

        RelayedConnection connection = next(closed);
        assertThat(connection.admission().session()).isEqualTo("session-1");
        assertThat(connection.source()).startsWith("127.0.0.1:");
        assertThat(connection.fromClient()).isEqualTo("show version\nexit\n".length());
        assertThat(connection.toClient()).isEqualTo(connection.fromClient());
        assertThat(connection.outcome()).isEqualTo(RelayOutcome.CLOSED);
        assertThat(next(handshakes)).isEqualTo(TlsPolicy.HYBRID_GROUP);
    }

    @Test
    void whatTheGateRefusesIsAnsweredWithItsReasonAndNotRelayed() {
        tokens.put("expired-token-0000000", new Admission.Refused("expired"));

        assertThatThrownBy(() -> RelayClient.open(CLIENT, "localhost", relay.port(), "expired-token-0000000"))
                .isInstanceOfSatisfying(RelayRefusedException.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo("expired"));
        assertThatThrownBy(() -> RelayClient.open(CLIENT, "localhost", relay.port(), "never-issued-000000000"))
                .isInstanceOfSatisfying(RelayRefusedException.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo("unknown-token"));
        assertThat(closed).isEmpty();
    }

    @Test
    void theEndOfTheWindowCutsTheSession() throws Exception {
        String token = admit("session-2", echo.port(), START.plus(Duration.ofMinutes(30)));
        try (SSLSocket socket = RelayClient.open(CLIENT, "localhost", relay.port(), token)) {
            assertThat(LineClient.roundTrip(socket, "before", WAIT)).isEqualTo("before");

            clock.advance(Duration.ofMinutes(30));

            assertThat(next(closed).outcome()).isEqualTo(RelayOutcome.WINDOW_ENDED);
            assertThat(LineClient.readsToTheEnd(socket, WAIT)).isTrue();
        }
    }

    @Test
    void anEmergencyStopCutsEveryConnectionOfTheSessionAndNoOther() throws Exception {
        try (SSLSocket first = RelayClient.open(CLIENT, "localhost", relay.port(),
                admit("stopped", echo.port(), START.plusSeconds(3600)));
             SSLSocket second = RelayClient.open(CLIENT, "localhost", relay.port(),
                     admit("stopped", echo.port(), START.plusSeconds(3600)));
             SSLSocket other = RelayClient.open(CLIENT, "localhost", relay.port(),
                     admit("other", echo.port(), START.plusSeconds(3600)))) {
            LineClient.roundTrip(first, "a", WAIT);
            LineClient.roundTrip(second, "b", WAIT);

            relay.stop("stopped");

            assertThat(next(closed).outcome()).isEqualTo(RelayOutcome.STOPPED);
            assertThat(next(closed).outcome()).isEqualTo(RelayOutcome.STOPPED);
            assertThat(LineClient.readsToTheEnd(first, WAIT)).isTrue();
            assertThat(LineClient.readsToTheEnd(second, WAIT)).isTrue();
            assertThat(LineClient.roundTrip(other, "still here", WAIT)).isEqualTo("still here");
        }
    }

    @Test
    void garbageBeforeTheHandshakeIsRefusedWithoutDisturbingALiveSession() throws Exception {
        try (SSLSocket live = RelayClient.open(CLIENT, "localhost", relay.port(),
                admit("live", echo.port(), START.plusSeconds(3600)));
             Socket garbage = new Socket(InetAddress.getLoopbackAddress(), relay.port())) {
            garbage.getOutputStream().write("GET / HTTP/1.1\r\nHost: relay\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            garbage.getOutputStream().flush();

            assertThat(next(refused)).isEqualTo("handshake");
            assertThat(LineClient.readsToTheEnd(garbage, WAIT)).isTrue();
            assertThat(LineClient.roundTrip(live, "unaffected", WAIT)).isEqualTo("unaffected");
        }
    }

    @Test
    void clientsThatNeverSpeakAreCutWithoutDisturbingALiveSession() throws Exception {
        try (SSLSocket live = RelayClient.open(CLIENT, "localhost", relay.port(),
                admit("live", echo.port(), START.plusSeconds(3600)));
             Socket silentBeforeTls = new Socket(InetAddress.getLoopbackAddress(), relay.port());
             SSLSocket silentAfterTls = CLIENT.connect("localhost", relay.port())) {

            assertThat(List.of(next(refused), next(refused))).containsOnly("slow");
            assertThat(LineClient.readsToTheEnd(silentBeforeTls, WAIT)).isTrue();
            assertThat(LineClient.readsToTheEnd(silentAfterTls, WAIT)).isTrue();
            assertThat(LineClient.roundTrip(live, "unaffected", WAIT)).isEqualTo("unaffected");
        }
    }

    @Test
    void aMalformedGreetingIsRefused() throws Exception {
        try (SSLSocket socket = CLIENT.connect("localhost", relay.port())) {
            socket.getOutputStream().write("SSH-2.0-OpenSSH_9.6\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            assertThat(next(refused)).isEqualTo("greeting");
            assertThat(LineClient.readsToTheEnd(socket, WAIT)).isTrue();
        }
    }

    @Test
    void aTargetThatDoesNotListenIsRefused() throws Exception {
        int closedPort;
        try (var unused = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = unused.getLocalPort();
        }
        String token = admit("nowhere", closedPort, START.plusSeconds(3600));

        assertThatThrownBy(() -> RelayClient.open(CLIENT, "localhost", relay.port(), token))
                .isInstanceOf(RelayRefusedException.class);
        assertThat(next(refused)).isEqualTo("target-unreachable");
    }

    @Test
    void manySessionsRelayAtOnceEachToItsOwnEnd() throws Exception {
        int sessions = 40;
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            issued.add(admit("many-" + i, echo.port(), START.plusSeconds(3600)));
        }
        // a few clients at a time, so that on a busy machine no handshake starves past the greeting allowance;
        // every session stays open until all have answered
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<SSLSocket> sockets = new ArrayList<>();
            List<Future<SSLSocket>> opening = new ArrayList<>();
            for (String token : issued) {
                opening.add(clients.submit(() -> RelayClient.open(CLIENT, "localhost", relay.port(), token)));
            }
            for (Future<SSLSocket> socket : opening) {
                sockets.add(socket.get(WAIT.toSeconds(), TimeUnit.SECONDS));
            }
            assertThat(relay.held()).isEqualTo(sessions);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                SSLSocket socket = sockets.get(i);
                String line = "session " + i + " " + "x".repeat(i * 100);
                answers.add(clients.submit(() -> LineClient.roundTrip(socket, line, WAIT)));
            }
            for (int i = 0; i < sessions; i++) {
                assertThat(answers.get(i).get(WAIT.toSeconds(), TimeUnit.SECONDS))
                        .isEqualTo("session " + i + " " + "x".repeat(i * 100));
            }
            for (SSLSocket socket : sockets) {
                socket.close();
            }
            for (int i = 0; i < sessions; i++) {
                assertThat(next(closed).outcome()).isEqualTo(RelayOutcome.CLOSED);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private String admit(String session, int port, Instant closesAt) {
        String token = "token-" + session + "-" + tokens.size() + "-000000000000";
        tokens.put(token, new Admission.Admitted(session, "engineer", "127.0.0.1", port, closesAt));
        return token;
    }


    private static <T> T next(BlockingQueue<T> queue) throws InterruptedException {
        T next = queue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(next).as("reported within " + WAIT).isNotNull();
        return next;
    }
}
