package io.shinrai.server.conformity;

import java.time.Instant;
import java.util.UUID;

/** A file (by its attachment) or a link that shows an activity was done. */
public record Evidence(UUID id, String ref, UUID attachmentId, String fileName, String url, String label,
                       String addedBy, Instant addedAt) {

    /** The same file or link, to be shown by another version as well. */
    Evidence copy() {
        return new Evidence(UUID.randomUUID(), ref, attachmentId, fileName, url, label, addedBy, addedAt);
    }

    public boolean isFile() {
        return attachmentId != null;
    }

    /** The name people know the evidence by: the file's name, else the link's label, else its address. */
    public String name() {
        if (isFile()) {
            return fileName;
        }
        return label == null || label.isBlank() ? url : label;
    }

    /** The name with the address of a link, for papers that cannot be clicked. */
    public String written() {
        return isFile() || name().equals(url) ? name() : name() + " <" + url + ">";
    }
}
