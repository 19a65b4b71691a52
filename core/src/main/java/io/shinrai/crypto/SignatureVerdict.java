package io.shinrai.crypto;

import java.time.Instant;
import java.util.Optional;

/**
 * The answer to "who signed this document, and is it still what they signed?". The signer is known whenever the
 * signature names a certificate it carries, even when the verdict is invalid.
 */
public record SignatureVerdict(Outcome outcome, Optional<Signer> signer, Optional<Instant> signingTime) {

    public enum Outcome {
        VALID("the signature is valid and the document is unchanged since it was signed"),
        DOCUMENT_CHANGED("the document was changed after signing"),
        SIGNATURE_MISMATCH("the signature does not match the certificate"),
        CERTIFICATE_NOT_NAMED("not a CAdES-BES signature: the signed attributes do not name the signer's certificate"),
        CERTIFICATE_SUBSTITUTED("the certificate in the signature is not the one the signer named"),
        CERTIFICATE_NOT_VALID_AT_SIGNING_TIME("the certificate was not valid at the signing time"),
        CERTIFICATE_MISSING("the signer's certificate is not included in the signature"),
        NOT_ONE_SIGNER("the signature must have exactly one signer"),
        WEAK_DIGEST("the signature uses a digest other than SHA-256, SHA-384 or SHA-512"),
        UNREADABLE("the signature is damaged or uses an unsupported algorithm"),
        NOT_A_SIGNATURE("not a CMS signature"),
        TOO_LARGE("the file is too large to be a detached signature");

        private final String reason;

        Outcome(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    static SignatureVerdict refused(Outcome outcome) {
        return new SignatureVerdict(outcome, Optional.empty(), Optional.empty());
    }

    public boolean valid() {
        return outcome == Outcome.VALID;
    }

    public String reason() {
        return outcome.reason();
    }
}
