package io.shinrai.dicom;

import io.shinrai.crypto.BouncyCastle;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/** MAC Algorithm (0400,0015) defined terms. Only the SHA-2 family is used for new signatures. */
public enum MacAlgorithm {
    RIPEMD160("RIPEMD160", "RIPEMD160", false),
    MD5("MD5", "MD5", false),
    SHA1("SHA1", "SHA-1", false),
    SHA256("SHA256", "SHA-256", true),
    SHA384("SHA384", "SHA-384", true),
    SHA512("SHA512", "SHA-512", true);

    private final String definedTerm;
    private final String digestName;
    private final boolean forNewSignatures;

    MacAlgorithm(String definedTerm, String digestName, boolean forNewSignatures) {
        this.definedTerm = definedTerm;
        this.digestName = digestName;
        this.forNewSignatures = forNewSignatures;
    }

    public String definedTerm() {
        return definedTerm;
    }

    public boolean forNewSignatures() {
        return forNewSignatures;
    }

    public static Optional<MacAlgorithm> of(String definedTerm) {
        for (MacAlgorithm algorithm : values()) {
            if (algorithm.definedTerm.equals(definedTerm)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    MessageDigest digest() {
        try {
            return MessageDigest.getInstance(digestName, BouncyCastle.PROVIDER);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Bouncy Castle knows " + digestName, e);
        }
    }

    /** The JCA name of "this digest, then the signature" for RSA and ECDSA. */
    String withSignature(String keyAlgorithm) {
        return definedTerm + "with" + keyAlgorithm;
    }
}
