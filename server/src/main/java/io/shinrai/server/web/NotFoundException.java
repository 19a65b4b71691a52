package io.shinrai.server.web;

/**
 * The object does not exist, or belongs to an organisation the caller is not in: both answer 404, so that nobody
 * learns that another tenant's object exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("not found", null, false, false);
    }
}
