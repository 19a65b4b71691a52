package io.shinrai.crypto;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.EllipticCurve;
import java.util.List;

/**
 * An organisation's signing key (ECDSA P-384) with its certificate and any intermediate certificates up to its
 * root, the certificate first.
 */
public record SigningIdentity(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain) {

    static final String SIGNATURE_ALGORITHM = "SHA384withECDSA";

    private static final EllipticCurve P384 = p384();

    public SigningIdentity {
        chain = List.copyOf(chain);
        if (!(privateKey instanceof ECKey ecKey) || !ecKey.getParams().getCurve().equals(P384)) {
            throw new IllegalArgumentException("the signing key must be an ECDSA P-384 key");
        }
        if (!signsFor(privateKey, certificate)) {
            throw new IllegalArgumentException("the private key does not belong to the certificate of "
                    + certificate.getSubjectX500Principal().getName());
        }
    }

    /** Keeps the private key out of logs. */
    @Override
    public String toString() {
        return "SigningIdentity[" + certificate.getSubjectX500Principal().getName() + "]";
    }

    private static EllipticCurve p384() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC", BouncyCastle.PROVIDER);
            parameters.init(new ECGenParameterSpec("secp384r1"));
            return parameters.getParameterSpec(ECParameterSpec.class).getCurve();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bouncy Castle always knows the P-384 curve", e);
        }
    }

    private static boolean signsFor(PrivateKey privateKey, X509Certificate certificate) {
        return KeyMatch.signsFor(SIGNATURE_ALGORITHM, privateKey, certificate);
    }
}
