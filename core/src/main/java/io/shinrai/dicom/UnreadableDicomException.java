package io.shinrai.dicom;

/** The bytes are not a DICOM file this reader can take apart; the message says where and why. */
public final class UnreadableDicomException extends Exception {

    public UnreadableDicomException(String message) {
        super(message);
    }
}
