package io.shinrai.server.audit;

import io.shinrai.audit.DicomAuditReader;
import io.shinrai.audit.MalformedSyslogException;
import io.shinrai.audit.SyslogFrame;
import io.shinrai.audit.SyslogFrameReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Syslog over plain TCP (RFC 6587) or TLS (RFC 5425, whose octet-counting framing the same reader takes). Each connection has its own thread, up to a limit beyond which new
 * connections are closed at once; a connection that sends nothing for a while, or breaks the framing, is closed
 * without affecting the others.
 */
class SyslogTcpReceiver implements AutoCloseable {

    static final int MAX_CONNECTIONS = 64;
    static final Duration IDLE_TIMEOUT = Duration.ofMinutes(2);
    /** An audit message with a generous syslog header around it. */
    static final int MAX_FRAME = DicomAuditReader.MAX_BYTES + 4096;

    private final ServerSocket server;
    private final SyslogBatcher batcher;
    private final SyslogTransport transport;
    private final ExecutorService connections = new ThreadPoolExecutor(0, MAX_CONNECTIONS, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), runnable -> new Thread(runnable, "syslog-connection"));
    private final Thread acceptor;

    SyslogTcpReceiver(InetSocketAddress address, SyslogBatcher batcher) {
        this(address, batcher, SyslogTransport.PLAIN);
    }

    SyslogTcpReceiver(InetSocketAddress address, SyslogBatcher batcher, SyslogTransport transport) {
        this.batcher = batcher;
        this.transport = transport;
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
            try {
                connections.execute(() -> serve(socket));
            } catch (RejectedExecutionException tooMany) {
                batcher.rejected("too-many-connections");
                closeQuietly(socket);
            }
        }
    }

    private void serve(Socket accepted) {
        String origin = transport.name() + " " + accepted.getInetAddress().getHostAddress();
        try (accepted) {
            accepted.setSoTimeout((int) IDLE_TIMEOUT.toMillis());
            Socket socket;
            try {
                socket = transport.open(accepted);
            } catch (IOException refused) {
                batcher.rejected("handshake");
                return;
            }
            SyslogFrameReader frames = new SyslogFrameReader(new BufferedInputStream(socket.getInputStream()),
                    MAX_FRAME);
            SyslogFrame frame;
            while ((frame = frames.next()) != null) {
                if (frame instanceof SyslogFrame.Message message) {
                    batcher.put(origin, message.bytes());
                } else {
                    batcher.rejected("oversized");
                }
            }
        } catch (MalformedSyslogException broken) {
            batcher.rejected("framing");
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
