package io.shinrai.dicom;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A private key that signs DICOM objects, with the certificate that goes into Certificate of Signer (0400,0115). */
public record DicomSigningKey(PrivateKey privateKey, X509Certificate certificate, SignatureScheme scheme) {

    public static DicomSigningKey of(PrivateKey privateKey, X509Certificate certificate) {
        SignatureScheme scheme = SignatureScheme.of(privateKey).orElseThrow(() -> new IllegalArgumentException(
                "DICOM signatures use RSA (2048 bits or more), ECDSA P-256 or P-384, or Ed25519 keys; this key is "
                        + privateKey.getAlgorithm()));
        if (!belongTogether(privateKey, certificate, scheme)) {
            throw new IllegalArgumentException("the private key does not belong to the certificate of "
                    + certificate.getSubjectX500Principal().getName());
        }
        return new DicomSigningKey(privateKey, certificate, scheme);
    }

    /** Keeps the private key out of logs. */
    @Override
    public String toString() {
        return "DicomSigningKey[" + scheme.label() + ", " + certificate.getSubjectX500Principal().getName() + "]";
    }

    private static boolean belongTogether(PrivateKey key, X509Certificate certificate, SignatureScheme scheme) {
        byte[] probe = "shinrai dicom signing key".getBytes(StandardCharsets.US_ASCII);
        try {
            return scheme.verify(certificate.getPublicKey(), MacAlgorithm.SHA256, probe,
                    scheme.sign(key, MacAlgorithm.SHA256, probe));
        } catch (GeneralSecurityException mismatch) {
            return false;
        }
    }
}
