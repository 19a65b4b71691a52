package io.shinrai.crypto;

/** A time-stamp could not be obtained; the message says from whom and why. */
public class TimeStampException extends Exception {

    public TimeStampException(String message) {
        super(message);
    }

    public TimeStampException(String message, Throwable cause) {
        super(message, cause);
    }
}
