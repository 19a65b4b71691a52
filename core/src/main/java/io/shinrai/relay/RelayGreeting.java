package io.shinrai.relay;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The one line a relay client sends once TLS is up, {@code SHINRAI-RELAY/1 <token>} ended by LF, naming the one-time
 * token it was issued. Nothing is relayed before the relay has answered it.
 */
public record RelayGreeting(String token) {

    public static final String PREFIX = "SHINRAI-RELAY/1 ";
    /** Longer than any greeting the relay issues tokens for; a longer line is refused unread. */
    public static final int MAX_BYTES = 128;
    static final int MIN_TOKEN = 16;

    public RelayGreeting {
        if (!wellFormed(token)) {
            throw new IllegalArgumentException("a relay token is " + MIN_TOKEN + " or more base64url characters");
        }
    }

    public byte[] bytes() {
        return (PREFIX + token + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads exactly the greeting and not a byte beyond, so that what follows is relayed unread. */
    public static RelayGreeting read(InputStream input) throws IOException, MalformedGreetingException {
        byte[] line = new byte[MAX_BYTES];
        int length = 0;
        while (true) {
            int next = input.read();
            if (next < 0) {
                throw new MalformedGreetingException("the client closed before its greeting ended");
            }
            if (next == '\n') {
                break;
            }
            if (length == MAX_BYTES) {
                throw new MalformedGreetingException("greeting longer than " + MAX_BYTES + " bytes");
            }
            line[length++] = (byte) next;
        }
        String text = new String(line, 0, length, StandardCharsets.ISO_8859_1);
        if (!text.startsWith(PREFIX) || !wellFormed(text.substring(PREFIX.length()))) {
            throw new MalformedGreetingException("not a relay greeting");
        }
        return new RelayGreeting(text.substring(PREFIX.length()));
    }

    private static boolean wellFormed(String token) {
        if (token == null || token.length() < MIN_TOKEN || token.length() > MAX_BYTES - PREFIX.length() - 1) {
            return false;
        }
        return token.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '-' || c == '_');
    }
}
