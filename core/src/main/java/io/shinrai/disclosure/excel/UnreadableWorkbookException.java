package io.shinrai.disclosure.excel;

/** A file refused before anything of it is used; {@link #refusal()} says why in the reader's language. */
public class UnreadableWorkbookException extends Exception {

    private final WorkbookRefusal refusal;

    public UnreadableWorkbookException(WorkbookRefusal refusal, Throwable cause) {
        super(refusal.message().en(), cause);
        this.refusal = refusal;
    }

    public WorkbookRefusal refusal() {
        return refusal;
    }
}
