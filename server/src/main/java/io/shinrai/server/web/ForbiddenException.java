package io.shinrai.server.web;

/** The caller is a member of the organisation but their role does not allow this. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException() {
        super("forbidden", null, false, false);
    }
}
