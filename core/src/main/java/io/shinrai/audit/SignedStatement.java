package io.shinrai.audit;

import io.shinrai.crypto.DetachedSignature;
import io.shinrai.crypto.SignatureVerdict;
import io.shinrai.crypto.SigningIdentity;
import java.time.Instant;

/**
 * What the repository's key vouches for about the chain: a checkpoint or a deletion marker. Its statement is a few
 * lines of ASCII, signed as a detached CAdES signature (ECDSA P-384), so it can also be checked with OpenSSL.
 */
public sealed interface SignedStatement permits Checkpoint, DeletionMarker {

    byte[] statement();

    byte[] signature();

    Instant signedAt();

    /** True when the signature is intact and made by the key whose certificate has the given SHA-256 fingerprint. */
    default boolean signedBy(String certificateFingerprint) {
        SignatureVerdict verdict = DetachedSignature.verify(statement(), signature());
        return verdict.valid() && verdict.signer()
                .map(signer -> signer.sha256Fingerprint().equalsIgnoreCase(certificateFingerprint))
                .orElse(false);
    }

    static byte[] sign(byte[] statement, SigningIdentity key, Instant at) {
        return DetachedSignature.sign(statement, key, at);
    }
}
