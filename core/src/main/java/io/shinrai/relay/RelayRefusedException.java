package io.shinrai.relay;

/** The relay turned the connection away; the reason is the word it answered with, or "closed". */
public class RelayRefusedException extends Exception {

    private final String reason;

    public RelayRefusedException(String reason) {
        super("the relay refused the connection: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
