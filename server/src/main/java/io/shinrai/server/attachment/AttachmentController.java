package io.shinrai.server.attachment;

import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.OrganisationScoped;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads an attachment. Always as a download and never sniffed: a file someone uploaded must not be run by the
 * browser as a page of the platform, whatever it contains.
 */
@Controller
class AttachmentController {

    private final Attachments attachments;

    AttachmentController(Attachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/orgs/{orgId}/attachments/{attachmentId}")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> download(@PathVariable UUID orgId, @PathVariable UUID attachmentId) {
        Attachment attachment = attachments.get(orgId, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(attachments.content(orgId, attachmentId));
    }
}
