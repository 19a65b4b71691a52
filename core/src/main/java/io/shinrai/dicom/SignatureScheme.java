package io.shinrai.dicom;

import io.shinrai.crypto.BouncyCastle;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.util.Optional;

/**
 * How the MAC is signed, chosen by the key. RSA is what PS3.15 Annex C defines. ECDSA (P-256, P-384) and Ed25519
 * are an extension of Shinrai's until DICOM publishes a profile for them: ECDSA signs the MAC the way DCMTK does
 * (the digest of the byte stream, signature DER-encoded), Ed25519 signs the MAC value itself as its message.
 */
public enum SignatureScheme {
    RSA("RSA", false),
    ECDSA_P256("ECDSA P-256", true),
    ECDSA_P384("ECDSA P-384", true),
    ED25519("Ed25519", true);

    private static final int MIN_RSA_BITS = 2048;

    private final String label;
    private final boolean extension;

    SignatureScheme(String label, boolean extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    /** True when no DICOM profile defines the scheme yet. */
    public boolean extension() {
        return extension;
    }

    /** The scheme for a key, or empty when DICOM signatures here do not use keys of its kind or size. */
    public static Optional<SignatureScheme> of(Key key) {
        if (key instanceof RSAKey rsa) {
            return rsa.getModulus().bitLength() >= MIN_RSA_BITS ? Optional.of(RSA) : Optional.empty();
        }
        if (key instanceof ECKey ec) {
            int bits = ec.getParams().getCurve().getField().getFieldSize();
            return bits == 256 ? Optional.of(ECDSA_P256) : bits == 384 ? Optional.of(ECDSA_P384) : Optional.empty();
        }
        String algorithm = key.getAlgorithm();
        return "Ed25519".equalsIgnoreCase(algorithm) || "EdDSA".equalsIgnoreCase(algorithm)
                ? Optional.of(ED25519) : Optional.empty();
    }

    byte[] sign(PrivateKey key, MacAlgorithm mac, byte[] macInput) throws GeneralSecurityException {
        Signature signer = signature(mac);
        signer.initSign(key);
        signer.update(message(mac, macInput));
        return signer.sign();
    }

    boolean verify(PublicKey key, MacAlgorithm mac, byte[] macInput, byte[] signature)
            throws GeneralSecurityException {
        Signature verifier = signature(mac);
        verifier.initVerify(key);
        verifier.update(message(mac, macInput));
        return verifier.verify(signature);
    }

    private byte[] message(MacAlgorithm mac, byte[] macInput) {
        return this == ED25519 ? mac.digest().digest(macInput) : macInput;
    }

    private Signature signature(MacAlgorithm mac) throws GeneralSecurityException {
        String name = switch (this) {
            case RSA -> mac.withSignature("RSA");
            case ECDSA_P256, ECDSA_P384 -> mac.withSignature("ECDSA");
            case ED25519 -> "Ed25519";
        };
        return Signature.getInstance(name, BouncyCastle.PROVIDER);
    }
}
