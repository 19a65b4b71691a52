package io.shinrai.server.attachment;

import java.time.Instant;
import java.util.UUID;

/** A file an organisation attached, without its content; the media type is the one found in the content. */
public record Attachment(UUID id, UUID organisationId, String fileName, String mediaType, long size, String sha256,
                         UUID uploadedBy, Instant uploadedAt) {

    /** The size as people read it next to a file name, rounded up so that no file shows as 0 KB. */
    public long kilobytes() {
        return (size + 1023) / 1024;
    }
}
