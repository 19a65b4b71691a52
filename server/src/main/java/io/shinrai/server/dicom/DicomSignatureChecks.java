package io.shinrai.server.dicom;

import io.shinrai.crypto.SigningIdentityPem;
import io.shinrai.dicom.DigitalSignatures;
import io.shinrai.dicom.Part10Reader;
import io.shinrai.dicom.SignatureCheck;
import io.shinrai.dicom.TrustStore;
import io.shinrai.dicom.UnreadableDicomException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Checks the signatures of an uploaded DICOM file against the certificates the person chose to trust. Nothing is
 * trusted by default: without certificates every intact signature is reported as untrusted.
 */
@Service
class DicomSignatureChecks {

    /** The checks of one file, or why it could not be read: {@code UNREADABLE_FILE} or {@code UNREADABLE_TRUST}. */
    record Report(String fileName, Optional<String> problem, List<SignatureCheck> checks) {
    }

    private final Clock clock;

    DicomSignatureChecks(Clock clock) {
        this.clock = clock;
    }

    Report check(String fileName, byte[] file, byte[] trustedPem) {
        List<X509Certificate> trusted;
        try {
            trusted = SigningIdentityPem.readCertificates(new String(trustedPem, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException unreadable) {
            return new Report(fileName, Optional.of("UNREADABLE_TRUST"), List.of());
        }
        try {
            List<SignatureCheck> checks = DigitalSignatures.verify(new Part10Reader().read(file),
                    new TrustStore(trusted, trusted), clock.instant());
            return new Report(fileName, Optional.empty(), checks);
        } catch (UnreadableDicomException unreadable) {
            return new Report(fileName, Optional.of("UNREADABLE_FILE"), List.of());
        }
    }
}
