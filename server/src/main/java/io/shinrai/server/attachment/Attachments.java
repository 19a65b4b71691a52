package io.shinrai.server.attachment;

import io.shinrai.crypto.Sha256;
import io.shinrai.server.security.ShinraiPrincipal;
import io.shinrai.server.web.NotFoundException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Files an organisation keeps as evidence, for any feature to refer to by id. Only the kinds in {@link FileKind} are
 * taken, recognised by their content, up to {@link #LARGEST} bytes each; an attachment is found only together with its
 * organisation.
 */
@Service
public class Attachments {

    public static final long LARGEST = 10L * 1024 * 1024;
    private static final int LONGEST_NAME = 255;

    private final AttachmentRepository repository;
    private final Clock clock;

    Attachments(AttachmentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Keeps a file, joining the caller's transaction.
     *
     * @throws RefusedAttachmentException for an empty or too large file, or one of a kind not taken
     */
    public Attachment store(UUID organisationId, String givenName, byte[] content) {
        String fileName = baseName(givenName);
        if (content.length == 0) {
            throw new RefusedAttachmentException("attachment.empty", fileName);
        }
        if (content.length > LARGEST) {
            throw new RefusedAttachmentException("attachment.tooLarge", fileName);
        }
        FileKind kind = FileKind.of(content, fileName)
                .orElseThrow(() -> new RefusedAttachmentException("attachment.unsupported", fileName));
        Attachment attachment = new Attachment(UUID.randomUUID(), organisationId, fileName, kind.mediaType(),
                content.length, Sha256.hex(content), uploader(), clock.instant());
        repository.insert(attachment, content);
        return attachment;
    }

    public Attachment get(UUID organisationId, UUID id) {
        return repository.find(organisationId, id).orElseThrow(NotFoundException::new);
    }

    public List<Attachment> getAll(UUID organisationId, Collection<UUID> ids) {
        return repository.findAll(organisationId, ids);
    }

    public byte[] content(UUID organisationId, UUID id) {
        return repository.content(organisationId, id).orElseThrow(NotFoundException::new);
    }

    public void delete(UUID organisationId, UUID id) {
        if (!repository.delete(organisationId, id)) {
            throw new NotFoundException();
        }
    }

    /** Some browsers send the whole path the file came from; only its last part is the name. */
    private static String baseName(String givenName) {
        String name = givenName == null ? "" : givenName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > LONGEST_NAME ? name.substring(name.length() - LONGEST_NAME) : name;
    }

    private static UUID uploader() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ShinraiPrincipal principal
                ? principal.actingUserId() : null;
    }
}
