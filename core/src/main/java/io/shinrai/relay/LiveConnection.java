package io.shinrai.relay;

import java.io.IOException;
import java.net.Socket;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One connection while the relay holds it: first waiting for its greeting against a deadline in elapsed time, then,
 * once admitted, relaying until its window's end in wall-clock time. Cutting it closes both sockets once.
 */
final class LiveConnection {

    final String source;
    private final Socket accepted;
    private final long greetingDeadline;
    private volatile Admission.Admitted admission;
    private volatile Socket client;
    private volatile Socket target;
    private final AtomicReference<RelayOutcome> cutBecause = new AtomicReference<>();
    private final CountDownLatch cut = new CountDownLatch(1);
    final AtomicLong fromClient = new AtomicLong();
    final AtomicLong toClient = new AtomicLong();

    LiveConnection(Socket accepted, String source, long greetingDeadline) {
        this.accepted = accepted;
        this.source = source;
        this.greetingDeadline = greetingDeadline;
    }

    /**
     * @param tls the accepted socket's TLS layer once its handshake is done, closed in the accepted socket's place
     *            from then on so that the client gets a close_notify
     */
    void secured(Socket tls) {
        client = tls;
        if (cutBecause.get() != null) {
            closeQuietly(tls);
        }
    }

    void admitted(Admission.Admitted admitted, Socket connected) {
        admission = admitted;
        target = connected;
        if (cutBecause.get() != null) {
            closeQuietly(connected);
        }
    }

    Socket client() {
        return client;
    }

    Socket target() {
        return target;
    }

    boolean belongsTo(String session) {
        Admission.Admitted admitted = admission;
        return admitted != null && admitted.session().equals(session);
    }

    /** Cuts the connection when a deadline passed: the greeting's before admission, the window's after. */
    void cutIfDue(long nanoTime, Instant now) {
        Admission.Admitted admitted = admission;
        if (admitted == null && nanoTime - greetingDeadline >= 0) {
            cut(RelayOutcome.NOT_GREETED);
        } else if (admitted != null && !now.isBefore(admitted.closesAt())) {
            cut(RelayOutcome.WINDOW_ENDED);
        }
    }

    /** The first reason to cut wins; the threads blocked on either socket then fail and end. */
    void cut(RelayOutcome outcome) {
        if (cutBecause.compareAndSet(null, outcome)) {
            Socket tls = client;
            closeQuietly(tls != null ? tls : accepted);
            Socket connected = target;
            if (connected != null) {
                closeQuietly(connected);
            }
            cut.countDown();
        }
    }

    /**
     * Waits until the connection is cut: by the target closing, by a deadline or a stop. A client that stopped
     * sending still gets the rest of the target's answer.
     */
    void awaitCut() {
        try {
            cut.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cut(RelayOutcome.SHUTDOWN);
        }
    }

    /** Why the relay cut the connection, if it did rather than a side closing. */
    RelayOutcome cutBecause() {
        return cutBecause.get();
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all that is left to do with it
        }
    }
}
