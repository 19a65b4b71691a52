package io.shinrai.dicom;

/** A file that cannot be signed as asked; nothing was changed. */
public final class SigningRefusedException extends Exception {

    public SigningRefusedException(String message) {
        super(message);
    }
}
