package io.shinrai.server.audit;

import io.shinrai.audit.ChainedRecord;
import io.shinrai.audit.DicomAuditReader;
import io.shinrai.audit.FhirAuditEventReader;
import io.shinrai.audit.Validity;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.security.ShinraiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Audit messages sent over HTTP. The answer comes after the record is committed, so a 201 means the message is
 * kept. A message that breaks its schema is kept too, and the answer says so.
 */
@RestController
@Tag(name = "Audit trail")
class AuditApi {

    private final AuditReception reception;
    private final AuditTrail trail;

    AuditApi(AuditReception reception, AuditTrail trail) {
        this.reception = reception;
        this.trail = trail;
    }

    record Kept(long sequence, String hash, Validity validity, List<String> problems) {

        static Kept of(ChainedRecord record) {
            return new Kept(record.sequence(), record.hash(), record.record().validity(),
                    record.record().problems());
        }
    }

    @PostMapping("/api/v1/organisations/{orgId}/audit/dicom")
    @OrganisationScoped(OrgRole.EDITOR)
    @Operation(summary = "Keep a DICOM PS3.15 A.5 audit message (XML) in the organisation's audit trail")
    ResponseEntity<Kept> dicom(@PathVariable UUID orgId, @AuthenticationPrincipal ShinraiPrincipal sender,
                               HttpServletRequest request) throws IOException {
        byte[] body = body(request, DicomAuditReader.MAX_BYTES);
        return kept(orgId, trail.append(reception.dicom(orgId, origin(request, sender), body)));
    }

    @PostMapping("/api/v1/organisations/{orgId}/audit/fhir/AuditEvent")
    @OrganisationScoped(OrgRole.EDITOR)
    @Operation(summary = "Keep a FHIR R4 AuditEvent (JSON) in the organisation's audit trail, as the RESTful ATNA "
            + "feed sends it")
    ResponseEntity<Kept> fhir(@PathVariable UUID orgId, @AuthenticationPrincipal ShinraiPrincipal sender,
                              HttpServletRequest request) throws IOException {
        byte[] body = body(request, FhirAuditEventReader.MAX_BYTES);
        return kept(orgId, trail.append(reception.fhir(orgId, origin(request, sender), body)));
    }

    private static ResponseEntity<Kept> kept(UUID orgId, ChainedRecord record) {
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + orgId + "/audit/records/"
                + record.sequence())).body(Kept.of(record));
    }

    /** Reads at most limit bytes, so that an endless body costs no more memory than a large message. */
    private static byte[] body(HttpServletRequest request, int limit) throws IOException {
        byte[] body = request.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            throw new MaxUploadSizeExceededException(limit);
        }
        return body;
    }

    private static String origin(HttpServletRequest request, ShinraiPrincipal sender) {
        return request.getScheme() + " " + request.getRemoteAddr() + " " + sender.displayName();
    }
}
