package io.shinrai.server.signing;

import io.shinrai.crypto.SignatureVerdict;
import io.shinrai.crypto.Signer;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = "Signatures")
class SignatureApi {

    private final SigningKeys signingKeys;
    private final MessageSource messages;

    SignatureApi(SigningKeys signingKeys, MessageSource messages) {
        this.signingKeys = signingKeys;
        this.messages = messages;
    }

    /** The verdict on one signed file, with the reason in the caller's language. */
    record VerificationResponse(String documentName, boolean valid, SignatureVerdict.Outcome outcome, String reason,
                                Signer signer, Instant signingTime, KeyOwner platformKeyOf) {
    }

    @GetMapping("/signing-key")
    @OrganisationScoped(OrgRole.VIEWER)
    @Operation(summary = "The certificate of the key the organisation's exports are signed with")
    SigningCertificate signingKey(@PathVariable UUID orgId) {
        return signingKeys.certificate(orgId).orElseThrow(NotFoundException::new);
    }

    @PostMapping("/signatures/verify")
    @OrganisationScoped(OrgRole.VIEWER)
    @Operation(summary = "Check a signed container (file), or a file with its detached .p7s (file and signature): "
            + "who signed, whether it changed, and whose key on this platform it is; an unreadable container "
            + "answers 422")
    ResponseEntity<?> verify(@PathVariable UUID orgId, @RequestParam("file") MultipartFile file,
                             @RequestParam(value = "signature", required = false) MultipartFile signature)
            throws IOException {
        SignedFile signed = SignedFile.of(file, signature);
        if (signed.problem().isPresent()) {
            return ResponseEntity.unprocessableContent().body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNPROCESSABLE_CONTENT, message("verify.container." + signed.problem().get())));
        }
        SigningKeys.Verification verification = signingKeys.verify(signed.document(), signed.signature());
        SignatureVerdict verdict = verification.verdict();
        return ResponseEntity.ok(new VerificationResponse(signed.documentName(), verdict.valid(), verdict.outcome(),
                message("verify.outcome." + verdict.outcome()), verdict.signer().orElse(null),
                verdict.signingTime().orElse(null), verification.owner().orElse(null)));
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
