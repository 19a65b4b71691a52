package io.shinrai.relay;

import io.shinrai.crypto.NegotiatedTls;
import io.shinrai.crypto.TlsContext;
import io.shinrai.crypto.TlsHandshakeListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocket;

/**
 * The relay listener. A connection is taken through TLS, then must greet with a one-time token within the greeting
 * allowance; the {@link RelayGate} answers with a target and a closing time, the relay connects, answers {@code OK}
 * and from then on copies bytes both ways until a side closes, the window ends or the session is stopped. Anything
 * else (garbage instead of a handshake, a bad or used token, silence) is answered with at most a {@code REFUSED}
 * line and closed, on the connection's own thread, so that other connections do not notice.
 */
public final class Relay implements AutoCloseable {

    static final byte[] OK = "OK\n".getBytes(StandardCharsets.US_ASCII);
    private static final int BUFFER = 16 * 1024;

    private final ServerSocket server;
    private final Supplier<TlsContext> tls;
    private final TlsHandshakeListener handshakes;
    private final RelayGate gate;
    private final RelayObserver observer;
    private final RelayLimits limits;
    private final Clock clock;
    private final Set<LiveConnection> live = ConcurrentHashMap.newKeySet();
    private final Map<InetAddress, Integer> perSource = new ConcurrentHashMap<>();
    private final ExecutorService connections;
    /** The second direction of each admitted connection; bounded through the connections that start them. */
    private final ExecutorService returns = Executors.newCachedThreadPool(runnable -> daemon(runnable, "relay-return"));
    private final ScheduledExecutorService sweeper =
            Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "relay-sweep"));
    private final Thread acceptor;

    /** @param tls asked for each connection, so that a replaced server certificate applies from the next one on */
    public Relay(InetSocketAddress address, Supplier<TlsContext> tls, TlsHandshakeListener handshakes, RelayGate gate,
                 RelayObserver observer, RelayLimits limits, Clock clock) {
        this.tls = tls;
        this.handshakes = handshakes;
        this.gate = gate;
        this.observer = observer;
        this.limits = limits;
        this.clock = clock;
        this.connections = new ThreadPoolExecutor(0, limits.connections(), 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), runnable -> daemon(runnable, "relay-connection"));
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(address, limits.connections());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for relay connections on " + address, e);
        }
        long sweep = limits.sweepEvery().toMillis();
        sweeper.scheduleWithFixedDelay(this::sweep, sweep, sweep, TimeUnit.MILLISECONDS);
        acceptor = daemon(this::accept, "relay-accept");
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Connections held now, whether greeting or relaying. */
    public int held() {
        return live.size();
    }

    /** Cuts every connection of the session at once: the hospital's emergency stop. */
    public void stop(String session) {
        live.stream().filter(connection -> connection.belongsTo(session))
                .forEach(connection -> connection.cut(RelayOutcome.STOPPED));
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException closed) {
                return;
            }
            InetAddress address = socket.getInetAddress();
            String source = address.getHostAddress() + ":" + socket.getPort();
            if (perSource.merge(address, 1, Integer::sum) > limits.connectionsPerSource()) {
                turnAway(socket, address, source, "too-many-from-source");
                continue;
            }
            try {
                connections.execute(() -> {
                    try {
                        serve(socket, source);
                    } finally {
                        release(address);
                    }
                });
            } catch (RejectedExecutionException full) {
                turnAway(socket, address, source, "too-many-connections");
            }
        }
    }

    private void turnAway(Socket socket, InetAddress address, String source, String reason) {
        release(address);
        LiveConnection.closeQuietly(socket);
        observer.refused(source, reason);
    }

    private void release(InetAddress address) {
        perSource.computeIfPresent(address, (key, count) -> count == 1 ? null : count - 1);
    }

    private void serve(Socket accepted, String source) {
        LiveConnection connection = new LiveConnection(accepted, source,
                System.nanoTime() + limits.greetingAllowance().toNanos());
        live.add(connection);
        try {
            Admission.Admitted admitted = admit(accepted, connection);
            if (admitted != null) {
                relay(connection, admitted);
            }
        } finally {
            connection.cut(RelayOutcome.CLOSED);
            live.remove(connection);
        }
    }

    /** The handshake, the greeting and the gate's answer; null when the connection was refused. */
    private Admission.Admitted admit(Socket accepted, LiveConnection connection) {
        String reason = "handshake";
        try {
            accepted.setSoTimeout((int) limits.greetingAllowance().toMillis());
            // bytes are passed on as they come: Nagle's wait for an acknowledgement would hold back the last
            // segment of every burst (up to the peer's delayed-ACK time) and every keystroke of a shell
            accepted.setTcpNoDelay(true);
            SSLSocket client = tls.get().serverSocket(accepted);
            client.startHandshake();
            connection.secured(client);
            handshakes.completed(connection.source, NegotiatedTls.of(client));
            reason = "greeting";
            RelayGreeting greeting = RelayGreeting.read(client.getInputStream());
            reason = "gate-failed";
            Admission admission = gate.admit(greeting.token(), connection.source);
            if (admission instanceof Admission.Refused refused) {
                return refuse(connection, client, refused.reason());
            }
            Admission.Admitted admitted = (Admission.Admitted) admission;
            Socket target = new Socket();
            target.setTcpNoDelay(true);
            try {
                target.connect(new InetSocketAddress(admitted.host(), admitted.port()),
                        (int) limits.connectTimeout().toMillis());
            } catch (IOException unreachable) {
                target.close();
                return refuse(connection, client, "target-unreachable");
            }
            connection.admitted(admitted, target);
            client.setSoTimeout(0);
            client.getOutputStream().write(OK);
            client.getOutputStream().flush();
            return admitted;
        } catch (MalformedGreetingException | IOException | RuntimeException e) {
            boolean slow = e instanceof SocketTimeoutException || connection.cutBecause() == RelayOutcome.NOT_GREETED;
            return refuse(connection, null, slow ? "slow" : reason);
        }
    }

    /** Tells a client that got as far as its greeting why it is turned away, then closes. */
    private Admission.Admitted refuse(LiveConnection connection, SSLSocket client, String reason) {
        if (client != null) {
            answer(client, "REFUSED " + reason + "\n");
        }
        connection.cut(RelayOutcome.CLOSED);
        observer.refused(connection.source, reason);
        return null;
    }

    private static void answer(SSLSocket client, String line) {
        try {
            client.getOutputStream().write(line.getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
        } catch (IOException gone) {
            // the client is told if it still listens; the refusal stands either way
        }
    }

    private void relay(LiveConnection connection, Admission.Admitted admitted) {
        Instant opened = clock.instant();
        observer.opened(admitted, connection.source, opened);
        Socket client = connection.client();
        Socket target = connection.target();
        boolean intact;
        try {
            // when the target is done, so is the connection: the client may still be waiting to read
            returns.execute(() -> connection.cut(copy(target, client, connection.toClient)
                    ? RelayOutcome.CLOSED : RelayOutcome.BROKEN));
            intact = copy(client, target, connection.fromClient);
            if (intact) {
                // the client finished sending; what the target still answers goes back to it
                target.shutdownOutput();
            }
        } catch (IOException | RejectedExecutionException e) {
            intact = false;
        }
        if (!intact) {
            connection.cut(RelayOutcome.BROKEN);
        }
        connection.awaitCut();
        observer.closed(new RelayedConnection(admitted, connection.source, opened, clock.instant(),
                connection.fromClient.get(), connection.toClient.get(), connection.cutBecause()));
    }

    /** Copies until the end of input; false when either socket failed on the way. */
    private static boolean copy(Socket from, Socket to, AtomicLong counted) {
        byte[] buffer = new byte[BUFFER];
        try {
            InputStream input = from.getInputStream();
            OutputStream output = to.getOutputStream();
            int read;
            while ((read = input.read(buffer)) >= 0) {
                output.write(buffer, 0, read);
                output.flush();
                counted.addAndGet(read);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void sweep() {
        long now = System.nanoTime();
        Instant wallClock = clock.instant();
        live.forEach(connection -> connection.cutIfDue(now, wallClock));
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() throws IOException {
        server.close();
        sweeper.shutdownNow();
        live.forEach(connection -> connection.cut(RelayOutcome.SHUTDOWN));
        connections.shutdown();
        returns.shutdown();
    }
}
