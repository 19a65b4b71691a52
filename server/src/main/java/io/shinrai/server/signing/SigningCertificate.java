package io.shinrai.server.signing;

import io.shinrai.crypto.Sha256;
import io.shinrai.crypto.SigningIdentity;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/**
 * What an organisation's people need to know of its signing certificate: whom it names, who vouches for it, the
 * fingerprint recipients compare, and whether it is about to run out.
 */
public record SigningCertificate(String subject, String issuer, String sha256Fingerprint, Instant notBefore,
                                 Instant notAfter, boolean expiresSoon, boolean expired) {

    /** Renewal takes time where a CA is involved: warn a month ahead. */
    static final Duration WARNING = Duration.ofDays(30);

    static SigningCertificate of(SigningIdentity identity, Instant now) {
        X509Certificate certificate = identity.certificate();
        Instant notAfter = certificate.getNotAfter().toInstant();
        try {
            return new SigningCertificate(certificate.getSubjectX500Principal().getName(),
                    certificate.getIssuerX500Principal().getName(), Sha256.hex(certificate.getEncoded()),
                    certificate.getNotBefore().toInstant(), notAfter,
                    !now.isAfter(notAfter) && now.plus(WARNING).isAfter(notAfter), now.isAfter(notAfter));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate can always be encoded again", e);
        }
    }

    public boolean selfSigned() {
        return subject.equals(issuer);
    }
}
