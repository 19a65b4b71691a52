package io.shinrai.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;

/** Whether a private key belongs to a certificate: a probe it signs is verified with the certificate's key. */
final class KeyMatch {

    private static final byte[] PROBE = "shinrai key match".getBytes(StandardCharsets.US_ASCII);

    private KeyMatch() {
    }

    static boolean signsFor(String algorithm, PrivateKey privateKey, X509Certificate certificate) {
        try {
            Signature signer = Signature.getInstance(algorithm, BouncyCastle.PROVIDER);
            signer.initSign(privateKey);
            signer.update(PROBE);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm, BouncyCastle.PROVIDER);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(PROBE);
            return verifier.verify(signature);
        } catch (GeneralSecurityException mismatch) {
            return false;
        }
    }
}
