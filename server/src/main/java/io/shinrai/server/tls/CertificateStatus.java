package io.shinrai.server.tls;

import io.shinrai.crypto.Sha256;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/** The server certificate as the platform admin sees it, with whether it is time to renew it. */
public record CertificateStatus(String subject, String issuer, String sha256Fingerprint, Instant notBefore,
                                Instant notAfter, boolean expiresSoon, boolean expired) {

    static CertificateStatus of(X509Certificate certificate, Instant now, Duration warning) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        try {
            return new CertificateStatus(certificate.getSubjectX500Principal().getName(),
                    certificate.getIssuerX500Principal().getName(), Sha256.hex(certificate.getEncoded()),
                    certificate.getNotBefore().toInstant(), notAfter,
                    !now.isAfter(notAfter) && now.plus(warning).isAfter(notAfter), now.isAfter(notAfter));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate can always be encoded again", e);
        }
    }
}
