package io.shinrai.server.dicom;

import io.shinrai.crypto.TimeStamp;
import io.shinrai.dicom.SignatureCheck;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.OrganisationScoped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = "Signatures")
class DicomVerifyApi {

    private final DicomSignatureChecks checks;
    private final MessageSource messages;

    DicomVerifyApi(DicomSignatureChecks checks, MessageSource messages) {
        this.checks = checks;
        this.messages = messages;
    }

    /** One signature of the file: where it is, its verdict with the reason in the caller's language, what it covers. */
    record SignatureResult(String location, String uid, SignatureCheck.Outcome outcome, String reason,
                           String algorithm, boolean extension, String mac, String dateTime, String signer,
                           String certificateSha256, List<String> signedTags, TimeStampResult timeStamp) {

        static SignatureResult of(SignatureCheck check, String reason) {
            return new SignatureResult(check.location().toString(), check.uid(), check.outcome(), reason,
                    check.scheme().map(scheme -> scheme.label()).orElse(null),
                    check.scheme().map(scheme -> scheme.extension()).orElse(false),
                    check.mac().map(mac -> mac.definedTerm()).orElse(null), check.dateTime().orElse(null),
                    check.signer().map(signer -> signer.subject()).orElse(null),
                    check.signer().map(signer -> signer.sha256Fingerprint()).orElse(null),
                    check.signedTags().stream().map(Object::toString).toList(),
                    check.timeStamp().map(TimeStampResult::of).orElse(null));
        }
    }

    /** The signature's Certified Timestamp: whether it was issued for this signature, when, and by whom. */
    record TimeStampResult(TimeStamp.Outcome outcome, Instant time, String authority) {

        static TimeStampResult of(TimeStamp.Verdict verdict) {
            return new TimeStampResult(verdict.outcome(), verdict.time().orElse(null),
                    verdict.authority().orElse(null));
        }
    }

    record VerificationResponse(String fileName, boolean allValid, List<SignatureResult> signatures) {
    }

    @PostMapping("/dicom/verify")
    @OrganisationScoped(OrgRole.VIEWER)
    @Operation(summary = "Check every digital signature of a DICOM file (multipart file), nested ones too, against "
            + "the certificates in an optional PEM file (trust): valid, invalid, untrusted or expired. ECDSA and "
            + "Ed25519 signatures are marked as an extension. A file that is not DICOM answers 422")
    ResponseEntity<?> verify(@PathVariable UUID orgId, @RequestParam("file") MultipartFile file,
                             @RequestParam(value = "trust", required = false) MultipartFile trust)
            throws IOException {
        DicomSignatureChecks.Report report = checks.check(
                Objects.requireNonNullElse(file.getOriginalFilename(), "upload"), file.getBytes(),
                trust == null ? new byte[0] : trust.getBytes());
        if (report.problem().isPresent()) {
            return ResponseEntity.unprocessableContent().body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNPROCESSABLE_CONTENT, message("dicom.verify.problem." + report.problem().get())));
        }
        List<SignatureResult> results = report.checks().stream()
                .map(check -> SignatureResult.of(check, message("dicom.verify.outcome." + check.outcome())))
                .toList();
        return ResponseEntity.ok(new VerificationResponse(report.fileName(),
                !results.isEmpty() && report.checks().stream().allMatch(SignatureCheck::valid), results));
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
