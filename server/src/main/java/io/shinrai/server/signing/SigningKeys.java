package io.shinrai.server.signing;

import io.shinrai.crypto.DetachedSignature;
import io.shinrai.crypto.SelfSignedIdentity;
import io.shinrai.crypto.SignatureVerdict;
import io.shinrai.crypto.SignedContainer;
import io.shinrai.crypto.SigningIdentity;
import io.shinrai.crypto.SigningIdentityPem;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.web.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signing key each organisation signs its exported disclosures with (ECDSA P-384, CAdES-BES), and the check of
 * a signature someone brings back, which also says whose key on this platform made it.
 */
@Service
public class SigningKeys {

    /** A self-signed certificate made here is valid for three years. */
    static final int SELF_SIGNED_DAYS = 3 * 365;

    private final SigningKeyRepository repository;
    private final Organisations organisations;
    private final ActivityLog activity;
    private final Clock clock;

    SigningKeys(SigningKeyRepository repository, Organisations organisations, ActivityLog activity, Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.activity = activity;
        this.clock = clock;
    }

    public Optional<SigningCertificate> certificate(UUID organisationId) {
        return repository.current(organisationId).map(identity -> SigningCertificate.of(identity, clock.instant()));
    }

    /** Creates a fresh key with a self-signed certificate naming the organisation; the previous key is retired. */
    @Transactional
    public SigningCertificate createSelfSigned(UUID organisationId) {
        String name = organisations.get(organisationId).name();
        Instant now = clock.instant();
        return keep(organisationId, SelfSignedIdentity.generate(name, name, SELF_SIGNED_DAYS, now),
                "signing-key.created");
    }

    /**
     * Takes a key and certificates issued elsewhere (for instance by an HPKI or company CA) as two PEM texts.
     * Refuses, naming the reason, a key that does not fit its certificate or a certificate that is not valid now.
     */
    @Transactional
    public SigningCertificate importPem(UUID organisationId, String privateKeyPem, String certificatesPem) {
        SigningIdentity identity;
        try {
            identity = SigningIdentityPem.read(privateKeyPem, certificatesPem);
        } catch (IllegalArgumentException unusable) {
            throw new UnusableKeyException(unusable.getMessage());
        }
        Instant now = clock.instant();
        if (now.isBefore(identity.certificate().getNotBefore().toInstant())
                || now.isAfter(identity.certificate().getNotAfter().toInstant())) {
            throw new UnusableKeyException("the certificate is not valid today");
        }
        return keep(organisationId, identity, "signing-key.imported");
    }

    /** Signs a document of the organisation into a container; refused without a current, unexpired key. */
    public SignedContainer sign(UUID organisationId, String documentName, byte[] document) {
        SigningIdentity identity = repository.current(organisationId)
                .orElseThrow(() -> new ConflictException("signing.noKey"));
        Instant now = clock.instant();
        if (SigningCertificate.of(identity, now).expired()) {
            throw new ConflictException("signing.keyExpired");
        }
        return SignedContainer.sign(documentName, document, identity, now);
    }

    public Verification verify(byte[] document, byte[] signature) {
        SignatureVerdict verdict = DetachedSignature.verify(document, signature);
        return new Verification(verdict,
                verdict.signer().flatMap(signer -> repository.ownerOf(signer.sha256Fingerprint())));
    }

    /** A verdict, and the organisation on this platform whose key signed, when it is one of ours. */
    public record Verification(SignatureVerdict verdict, Optional<KeyOwner> owner) {
    }

    private SigningCertificate keep(UUID organisationId, SigningIdentity identity, String action) {
        Instant now = clock.instant();
        SigningCertificate certificate = SigningCertificate.of(identity, now);
        repository.replace(organisationId, identity, certificate.sha256Fingerprint(), now);
        activity.record(organisationId, action, Target.of("signing-key", organisationId), null,
                Map.of("subject", certificate.subject(), "fingerprint", certificate.sha256Fingerprint()));
        return certificate;
    }
}
