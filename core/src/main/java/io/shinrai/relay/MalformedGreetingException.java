package io.shinrai.relay;

/** The client's first line was not a relay greeting. */
public class MalformedGreetingException extends Exception {

    public MalformedGreetingException(String message) {
        super(message);
    }
}
