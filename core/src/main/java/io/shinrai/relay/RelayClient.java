package io.shinrai.relay;

import io.shinrai.crypto.TlsContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.net.ssl.SSLSocket;

/** The vendor's end: TLS to the relay, the greeting, and the relay's answer; then the socket is the target's. */
public final class RelayClient {

    private static final int MAX_ANSWER = 64;

    private RelayClient() {
    }

    /** A connection through the relay to the target of the token's session. */
    public static SSLSocket open(TlsContext tls, String host, int port, String token)
            throws IOException, RelayRefusedException {
        SSLSocket socket = tls.connect(host, port);
        try {
            OutputStream output = socket.getOutputStream();
            output.write(new RelayGreeting(token).bytes());
            output.flush();
            String answer = answer(socket.getInputStream());
            if (!answer.equals("OK")) {
                throw new RelayRefusedException(answer.startsWith("REFUSED ")
                        ? answer.substring("REFUSED ".length()) : "closed");
            }
            return socket;
        } catch (IOException | RelayRefusedException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** The relay's one-line answer, read byte by byte so that nothing of the target's bytes is taken with it. */
    private static String answer(InputStream input) throws IOException {
        byte[] line = new byte[MAX_ANSWER];
        int length = 0;
        int next;
        while (length < MAX_ANSWER && (next = input.read()) >= 0 && next != '\n') {
            line[length++] = (byte) next;
        }
        return new String(Arrays.copyOf(line, length), StandardCharsets.US_ASCII);
    }
}
