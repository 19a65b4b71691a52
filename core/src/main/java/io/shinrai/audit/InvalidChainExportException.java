package io.shinrai.audit;

/** A chain export that cannot be read as one; the message says why. */
public final class InvalidChainExportException extends RuntimeException {

    public InvalidChainExportException(String reason) {
        super(reason);
    }
}
