package io.shinrai.server.attachment;

/** A file that cannot be attached; the message key says why, with the file's name as its argument. */
public class RefusedAttachmentException extends RuntimeException {

    private final String messageKey;
    private final String fileName;

    RefusedAttachmentException(String messageKey, String fileName) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.fileName = fileName;
    }

    public String messageKey() {
        return messageKey;
    }

    public String fileName() {
        return fileName;
    }
}
