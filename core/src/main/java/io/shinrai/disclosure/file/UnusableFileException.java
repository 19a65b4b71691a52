package io.shinrai.disclosure.file;

import io.shinrai.catalog.LocalizedText;

/** A file that holds nothing usable (no disclosure, no ledger), with the reason in words for the person who gave it. */
public class UnusableFileException extends Exception {

    private final LocalizedText reason;

    public UnusableFileException(LocalizedText reason, Throwable cause) {
        super(reason.en(), cause);
        this.reason = reason;
    }

    public LocalizedText reason() {
        return reason;
    }
}
