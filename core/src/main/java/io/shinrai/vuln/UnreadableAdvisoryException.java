package io.shinrai.vuln;

import io.shinrai.catalog.LocalizedText;

/** Advisory data refused before anything of it is used; {@link #reason()} says why and where. */
public class UnreadableAdvisoryException extends Exception {

    private final AdvisoryRefusal refusal;
    private final LocalizedText reason;

    public UnreadableAdvisoryException(AdvisoryRefusal refusal, String where, Throwable cause) {
        super(refusal.at(where).en(), cause);
        this.refusal = refusal;
        this.reason = refusal.at(where);
    }

    public AdvisoryRefusal refusal() {
        return refusal;
    }

    public LocalizedText reason() {
        return reason;
    }
}
