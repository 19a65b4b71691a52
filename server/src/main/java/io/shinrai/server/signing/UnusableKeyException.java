package io.shinrai.server.signing;

/** A key or certificate that cannot be used for signing; the detail, in English, says why. */
public class UnusableKeyException extends RuntimeException {

    public UnusableKeyException(String detail) {
        super(detail);
    }
}
