package io.shinrai.server.psirt;

/**
 * A report or a change to one that is not taken; the message key says why in words that reveal nothing about other
 * reports.
 */
public class RefusedReportException extends RuntimeException {

    private final String messageKey;

    RefusedReportException(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
