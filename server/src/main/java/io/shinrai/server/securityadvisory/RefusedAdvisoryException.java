package io.shinrai.server.securityadvisory;

import io.shinrai.catalog.LocalizedText;
import java.util.List;

/**
 * An advisory or a change to one that is not taken: the message key says why; a document that fails CSAF's checks
 * also lists each problem.
 */
public class RefusedAdvisoryException extends RuntimeException {

    private final String messageKey;
    private final transient List<LocalizedText> problems;

    RefusedAdvisoryException(String messageKey) {
        this(messageKey, List.of());
    }

    RefusedAdvisoryException(String messageKey, List<LocalizedText> problems) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.problems = List.copyOf(problems);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<LocalizedText> problems() {
        return problems;
    }
}
