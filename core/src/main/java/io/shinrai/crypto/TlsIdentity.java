package io.shinrai.crypto;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A listener's private key with its certificate chain, the server certificate first. */
public record TlsIdentity(PrivateKey privateKey, List<X509Certificate> chain) {

    public TlsIdentity {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a TLS identity needs its certificate");
        }
        if (!readablePublicKey(chain.get(0))) {
            throw new IllegalArgumentException("the certificate holds a public key of an unknown kind");
        }
        if (!signsFor(privateKey, chain.get(0))) {
            throw new IllegalArgumentException("the private key does not belong to the certificate of "
                    + chain.get(0).getSubjectX500Principal().getName());
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** Keeps the private key out of logs. */
    @Override
    public String toString() {
        return "TlsIdentity[" + certificate().getSubjectX500Principal().getName() + "]";
    }

    /** A certificate from outside may name a curve that no provider knows, which fails only when its key is read. */
    private static boolean readablePublicKey(X509Certificate certificate) {
        try {
            return certificate.getPublicKey() != null;
        } catch (RuntimeException unknown) {
            return false;
        }
    }

    private static boolean signsFor(PrivateKey privateKey, X509Certificate certificate) {
        String algorithm = switch (privateKey.getAlgorithm()) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            case "Ed25519", "Ed448", "EdDSA" -> privateKey.getAlgorithm();
            default -> null;
        };
        if (algorithm == null) {
            return false;
        }
        return KeyMatch.signsFor(algorithm, privateKey, certificate);
    }
}
