package io.shinrai.server.audit;

import io.shinrai.crypto.SelfSignedIdentity;
import io.shinrai.crypto.Sha256;
import io.shinrai.crypto.SigningIdentity;
import io.shinrai.crypto.SigningIdentityPem;
import java.security.cert.CertificateEncodingException;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The repository's ECDSA P-384 key. It is made on first use with a self-signed certificate valid for 30 years,
 * since checkpoints must stay verifiable for as long as records are kept; its fingerprint is what a verifier pins.
 */
@Component
class AuditKey {

    private static final int VALIDITY_DAYS = 30 * 365;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private volatile SigningIdentity identity;

    AuditKey(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        // the key may first be needed inside a read-only verification, which cannot insert it
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    SigningIdentity identity() {
        SigningIdentity known = identity;
        if (known == null) {
            known = stored();
            if (known == null) {
                ownTransaction.executeWithoutResult(status -> create());
                known = stored();
            }
            identity = known;
        }
        return known;
    }

    String fingerprint() {
        return fingerprint(identity());
    }

    private SigningIdentity stored() {
        return jdbc.sql("select private_key_pem, certificates_pem from audit_key where id = 1")
                .query((row, n) -> SigningIdentityPem.read(row.getString("private_key_pem"),
                        row.getString("certificates_pem")))
                .optional().orElse(null);
    }

    private void create() {
        SigningIdentity fresh = SelfSignedIdentity.generate("Shinrai", "Shinrai audit record repository",
                VALIDITY_DAYS, clock.instant());
        try {
            jdbc.sql("""
                    insert into audit_key (id, private_key_pem, certificates_pem, fingerprint, created_at)
                    values (1, :key, :certificates, :fingerprint, :at)""")
                    .param("key", SigningIdentityPem.privateKey(fresh))
                    .param("certificates", SigningIdentityPem.certificates(fresh))
                    .param("fingerprint", fingerprint(fresh))
                    .param("at", Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException anotherServerWasFirst) {
            // the key it stored is the one to use
        }
    }

    static String fingerprint(SigningIdentity identity) {
        try {
            return Sha256.hex(identity.certificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a generated certificate can be encoded", e);
        }
    }
}
