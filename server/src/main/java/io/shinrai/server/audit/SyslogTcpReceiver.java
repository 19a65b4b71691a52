package io.shinrai.server.audit;

import io.shinrai.audit.DicomAuditReader;
import io.shinrai.audit.MalformedSyslogException;
import io.shinrai.audit.SyslogFrame;
import io.shinrai.audit.SyslogFrameReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Syslog over plain TCP (RFC 6587) or TLS (RFC 5425, whose octet-counting framing the same reader takes). Each
 * connection has its own thread, up to a limit in all and a smaller one per sending address, beyond which new
 * connections are closed at once, so that one flooding host cannot keep the others out; a connection that does not
 * complete a frame for a while (idle, or trickling bytes), or breaks the framing, is closed without affecting the
 * others.
 */
class SyslogTcpReceiver implements AutoCloseable {

    static final int MAX_CONNECTIONS = 64;
    static final int MAX_CONNECTIONS_PER_SENDER = 16;
    /** How long a sender may take to complete each frame, idle time included. */
    static final Duration FRAME_ALLOWANCE = Duration.ofMinutes(2);
    /** An audit message with a generous syslog header around it. */
    static final int MAX_FRAME = DicomAuditReader.MAX_BYTES + 4096;

    private final ServerSocket server;
    private final SyslogBatcher batcher;
    private final SyslogTransport transport;
    private final Duration frameAllowance;
    private final Map<InetAddress, Integer> connectionsPerSender = new ConcurrentHashMap<>();
    private final ExecutorService connections = new ThreadPoolExecutor(0, MAX_CONNECTIONS, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), runnable -> new Thread(runnable, "syslog-connection"));
    private final Thread acceptor;

    SyslogTcpReceiver(InetSocketAddress address, SyslogBatcher batcher, SyslogTransport transport) {
        this(address, batcher, transport, FRAME_ALLOWANCE);
    }

    SyslogTcpReceiver(InetSocketAddress address, SyslogBatcher batcher, SyslogTransport transport,
                      Duration frameAllowance) {
        this.batcher = batcher;
        this.transport = transport;
        this.frameAllowance = frameAllowance;
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(address);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for " + transport.name() + " on " + address, e);
        }
        acceptor = new Thread(this::accept, transport.name() + "-accept");
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException closed) {
                return;
            }
            InetAddress sender = socket.getInetAddress();
            if (connectionsPerSender.merge(sender, 1, Integer::sum) > MAX_CONNECTIONS_PER_SENDER) {
                release(sender);
                batcher.rejected("too-many-from-sender");
                closeQuietly(socket);
                continue;
            }
            try {
                connections.execute(() -> {
                    try {
                        serve(socket);
                    } finally {
                        release(sender);
                    }
                });
            } catch (RejectedExecutionException tooMany) {
                release(sender);
                batcher.rejected("too-many-connections");
                closeQuietly(socket);
            }
        }
    }

    private void release(InetAddress sender) {
        connectionsPerSender.computeIfPresent(sender, (address, count) -> count == 1 ? null : count - 1);
    }

    private void serve(Socket accepted) {
        String origin = transport.name() + " " + accepted.getInetAddress().getHostAddress();
        try (accepted) {
            accepted.setSoTimeout((int) frameAllowance.toMillis());
            Socket socket;
            try {
                socket = transport.open(accepted);
            } catch (IOException refused) {
                batcher.rejected("handshake");
                return;
            }
            PacedInput input = new PacedInput(socket, frameAllowance);
            SyslogFrameReader frames = new SyslogFrameReader(new BufferedInputStream(input), MAX_FRAME);
            SyslogFrame frame;
            while ((frame = frames.next()) != null) {
                input.frameDone();
                if (frame instanceof SyslogFrame.Message message) {
                    batcher.put(origin, message.bytes());
                } else {
                    batcher.rejected("oversized");
                }
            }
        } catch (MalformedSyslogException broken) {
            batcher.rejected("framing");
        } catch (PacedInput.TooSlowException slow) {
            batcher.rejected("slow");
        } catch (SocketTimeoutException idle) {
            batcher.rejected("idle");
        } catch (IOException gone) {
            // the sender went away; what it sent in whole frames is queued
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing more to do for a connection we turn away
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
