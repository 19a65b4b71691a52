package io.shinrai.server.audit;

import java.io.FilterInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A connection's input that its sender must keep up with: each frame has to be complete within {@code allowance}
 * of the one before it (or of the connection's start). A socket timeout alone only bounds the pause between two
 * bytes, so a sender trickling a byte at a time (slow loris) would hold its thread for ever.
 */
final class PacedInput extends FilterInputStream {

    /** The sender did not complete a frame within its allowance. */
    static final class TooSlowException extends SocketTimeoutException {

        TooSlowException(Duration allowance) {
            super("no complete frame within " + allowance);
        }
    }

    private final Socket socket;
    private final Duration allowance;
    private long deadline;
    /** Bytes of a frame have come since the last complete one: a timeout now is slowness, not idleness. */
    private boolean partway;

    PacedInput(Socket socket, Duration allowance) throws IOException {
        super(socket.getInputStream());
        this.socket = socket;
        this.allowance = allowance;
        frameDone();
    }

    /** A frame was completed: the next one gets the whole allowance again. */
    void frameDone() {
        deadline = System.nanoTime() + allowance.toNanos();
        partway = false;
    }

    @Override
    public int read() throws IOException {
        waitNoLongerThanAllowed();
        try {
            int read = super.read();
            partway |= read >= 0;
            return read;
        } catch (SocketTimeoutException timeout) {
            throw partway ? new TooSlowException(allowance) : timeout;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        waitNoLongerThanAllowed();
        try {
            int read = super.read(buffer, offset, length);
            partway |= read > 0;
            return read;
        } catch (SocketTimeoutException timeout) {
            throw partway ? new TooSlowException(allowance) : timeout;
        }
    }

    private void waitNoLongerThanAllowed() throws IOException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw partway ? new TooSlowException(allowance) : new SocketTimeoutException("idle for " + allowance);
        }
        socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
    }
}
