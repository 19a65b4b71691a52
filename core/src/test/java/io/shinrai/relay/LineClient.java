package io.shinrai.relay;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** What a maintenance engineer's tool does over a relayed connection in tests: a line out, a line back. */
public final class LineClient {

    private LineClient() {
    }

    /** Sends a line and reads the answer up to its end of line, waiting at most {@code patience}. */
    public static String roundTrip(Socket socket, String line, Duration patience) throws IOException {
        socket.setSoTimeout((int) patience.toMillis());
        socket.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        InputStream input = socket.getInputStream();
        StringBuilder answer = new StringBuilder();
        int next;
        while ((next = input.read()) >= 0 && next != '\n') {
            answer.append((char) next);
        }
        return answer.toString();
    }

    /** True when the other end closed the connection: the client reads its end rather than waiting. */
    public static boolean readsToTheEnd(Socket socket, Duration patience) throws IOException {
        socket.setSoTimeout((int) patience.toMillis());
        try {
            while (socket.getInputStream().read() >= 0) {
                // whatever was still under way
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException cut) {
            return true;
        }
    }
}
