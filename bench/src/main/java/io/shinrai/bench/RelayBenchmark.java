package io.shinrai.bench;

import io.shinrai.crypto.LocalTlsAuthority;
import io.shinrai.crypto.TlsContext;
import io.shinrai.crypto.TlsPolicy;
import io.shinrai.relay.Admission;
import io.shinrai.relay.Relay;
import io.shinrai.relay.RelayClient;
import io.shinrai.relay.RelayLimits;
import io.shinrai.relay.RelayObserver;
import io.shinrai.relay.RelayedConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The maintenance relay against its peer, a direct loopback connection to the same target: the time for one small
 * message to go to a loopback server and back ({@code roundTrip}), and the time to push {@code bytes} to a server
 * that answers one byte once it has them all ({@code transfer}, so throughput = bytes / time). The relayed path is
 * TLS 1.3 with the hybrid group from the client to the relay, then plain TCP to the target, as a hospital deploys it.
 * {@code ...DirectTls} talks TLS straight to a target that decrypts itself, to tell the cost of TLS from the cost
 * of the extra hop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RelayBenchmark {

    private static final Logger JSSE_LOG = Logger.getLogger("org.bouncycastle.jsse");

    static {
        JSSE_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private static final int MESSAGE = 64;

    @Param({"1048576"})
    public int bytes;

    private LoopbackServer echo;
    private LoopbackServer sink;
    private Relay relay;
    private TlsContext client;
    private Socket directEcho;
    private Socket directSink;
    private LoopbackServer tlsEcho;
    private LoopbackServer tlsSink;
    private Socket directTlsEcho;
    private Socket directTlsSink;
    private Socket relayedEcho;
    private Socket relayedSink;
    private byte[] message;
    private byte[] payload;
    private int tokens;

    @Setup
    public void setUp() throws Exception {
        LocalTlsAuthority authority = LocalTlsAuthority.generate("Bench Hospital", List.of("localhost"),
                Duration.ofDays(2), Instant.now().minus(Duration.ofHours(1)));
        TlsContext server = TlsContext.server(authority.server(), TlsPolicy.HYBRID);
        client = TlsContext.client(List.of(authority.authority()), TlsPolicy.HYBRID);
        echo = new LoopbackServer(MESSAGE, null);
        sink = new LoopbackServer(bytes, null);
        tlsEcho = new LoopbackServer(MESSAGE, server);
        tlsSink = new LoopbackServer(bytes, server);
        relay = new Relay(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), () -> server,
                (connection, negotiated) -> { }, (token, source) -> new Admission.Admitted("bench", "engineer",
                        "127.0.0.1", token.startsWith("echo") ? echo.port() : sink.port(),
                        Instant.now().plus(Duration.ofDays(1))),
                Silent.OBSERVER, RelayLimits.DEFAULT, Clock.systemUTC());
        directEcho = new Socket(InetAddress.getLoopbackAddress(), echo.port());
        directSink = new Socket(InetAddress.getLoopbackAddress(), sink.port());
        directTlsEcho = client.connect("localhost", tlsEcho.port());
        directTlsSink = client.connect("localhost", tlsSink.port());
        relayedEcho = relayed("echo");
        relayedSink = relayed("sink");
        for (Socket socket : sockets()) {
            socket.setTcpNoDelay(true);
        }
        message = new byte[MESSAGE];
        payload = new byte[bytes];
    }

    Socket relayed(String target) throws Exception {
        return RelayClient.open(client, "localhost", relay.port(), target + "-token-" + tokens++ + "-0000000000");
    }

    private List<Socket> sockets() {
        return List.of(directEcho, directSink, directTlsEcho, directTlsSink, relayedEcho, relayedSink);
    }

    @TearDown
    public void tearDown() throws IOException {
        for (Socket socket : sockets()) {
            socket.close();
        }
        relay.close();
        for (LoopbackServer target : List.of(echo, sink, tlsEcho, tlsSink)) {
            target.close();
        }
    }

    @Benchmark
    public int roundTripRelayed() throws IOException {
        return exchange(relayedEcho, message);
    }

    @Benchmark
    public int roundTripDirect() throws IOException {
        return exchange(directEcho, message);
    }

    @Benchmark
    public int roundTripDirectTls() throws IOException {
        return exchange(directTlsEcho, message);
    }

    @Benchmark
    public int transferDirectTls() throws IOException {
        return exchange(directTlsSink, payload);
    }

    @Benchmark
    public int transferRelayed() throws IOException {
        return exchange(relayedSink, payload);
    }

    @Benchmark
    public int transferDirect() throws IOException {
        return exchange(directSink, payload);
    }

    /** Sends the bytes and waits for the server's one-byte answer. */
    private static int exchange(Socket socket, byte[] data) throws IOException {
        OutputStream output = socket.getOutputStream();
        output.write(data);
        output.flush();
        int answer = socket.getInputStream().read();
        if (answer < 0) {
            throw new IOException("the connection closed");
        }
        return answer;
    }

    /** Reads what comes and answers one byte for every {@code every} bytes read, i.e. per complete message. */
    static final class LoopbackServer implements AutoCloseable {

        private final ServerSocket listening;
        private final int every;
        private final TlsContext tls;

        /** @param tls the context to take connections through TLS with; null for plain TCP */
        LoopbackServer(int every, TlsContext tls) throws IOException {
            this.every = every;
            this.tls = tls;
            listening = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(this::accept, "bench-target");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return listening.getLocalPort();
        }

        private void accept() {
            while (!listening.isClosed()) {
                try {
                    Socket socket = listening.accept();
                    socket.setTcpNoDelay(true);
                    Thread serve = new Thread(() -> serve(socket), "bench-target-connection");
                    serve.setDaemon(true);
                    serve.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void serve(Socket accepted) {
            byte[] buffer = new byte[64 * 1024];
            long received = 0;
            try (Socket socket = tls == null ? accepted : tls.serverSocket(accepted);
                 InputStream input = socket.getInputStream(); OutputStream output = socket.getOutputStream()) {
                int read;
                while ((read = input.read(buffer)) >= 0) {
                    received += read;
                    while (received >= every) {
                        output.write(1);
                        output.flush();
                        received -= every;
                    }
                }
            } catch (IOException gone) {
                // the benchmark closed the connection
            }
        }

        @Override
        public void close() throws IOException {
            listening.close();
        }
    }

    /** The relay's reports, which the benchmark does not need. */
    enum Silent implements RelayObserver {
        OBSERVER;

        @Override
        public void opened(Admission.Admitted admission, String source, Instant at) {
        }

        @Override
        public void closed(RelayedConnection connection) {
        }

        @Override
        public void refused(String source, String reason) {
        }
    }
}
