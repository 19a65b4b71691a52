package io.shinrai.crypto;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;

/** A TLS server on loopback that answers each connection with one line and reports what each handshake settled on. */
final class LoopbackTlsServer implements AutoCloseable {

    /** What one connection came to: the negotiated parameters, or why the handshake failed. */
    record Outcome(NegotiatedTls negotiated, Exception failure) {
    }

    private final ServerSocket listening;
    private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    private final Thread acceptor;

    LoopbackTlsServer(TlsContext context) throws IOException {
        listening = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> serve(context), "loopback-tls");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listening.getLocalPort();
    }

    Outcome next(Duration timeout) throws InterruptedException {
        Outcome outcome = outcomes.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (outcome == null) {
            throw new AssertionError("no connection reached the server within " + timeout);
        }
        return outcome;
    }

    private void serve(TlsContext context) {
        while (!listening.isClosed()) {
            try (SSLSocket socket = context.serverSocket(listening.accept())) {
                socket.setSoTimeout(10_000);
                try {
                    socket.startHandshake();
                    NegotiatedTls negotiated = NegotiatedTls.of(socket);
                    socket.getOutputStream().write("shinrai\n".getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    outcomes.add(new Outcome(negotiated, null));
                } catch (IOException refused) {
                    outcomes.add(new Outcome(null, refused));
                }
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                outcomes.add(new Outcome(null, e));
            }
        }
    }

    @Override
    public void close() throws IOException {
        listening.close();
    }
}
