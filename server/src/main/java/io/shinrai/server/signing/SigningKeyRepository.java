package io.shinrai.server.signing;

import io.shinrai.crypto.SigningIdentity;
import io.shinrai.crypto.SigningIdentityPem;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SigningKeyRepository {

    private final JdbcClient jdbc;

    SigningKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes the identity the organisation's current key and retires the one before it. */
    void replace(UUID organisationId, SigningIdentity identity, String fingerprint, Instant at) {
        jdbc.sql("update signing_key set retired_at = :at where organisation_id = :org and retired_at is null")
                .param("at", Timestamp.from(at)).param("org", organisationId).update();
        jdbc.sql("""
                insert into signing_key (id, organisation_id, private_key_pem, certificates_pem, fingerprint,
                                         created_at)
                values (:id, :org, :key, :certificates, :fingerprint, :at)""")
                .param("id", UUID.randomUUID()).param("org", organisationId)
                .param("key", SigningIdentityPem.privateKey(identity))
                .param("certificates", SigningIdentityPem.certificates(identity))
                .param("fingerprint", fingerprint).param("at", Timestamp.from(at)).update();
    }

    Optional<SigningIdentity> current(UUID organisationId) {
        return jdbc.sql("""
                select private_key_pem, certificates_pem from signing_key
                where organisation_id = :org and retired_at is null""")
                .param("org", organisationId)
                .query((row, n) -> SigningIdentityPem.read(row.getString("private_key_pem"),
                        row.getString("certificates_pem")))
                .optional();
    }

    /** The organisation whose key, current or retired, has this certificate. */
    Optional<KeyOwner> ownerOf(String fingerprint) {
        return jdbc.sql("""
                select k.organisation_id, o.name, k.retired_at from signing_key k
                join organisation o on o.id = k.organisation_id where k.fingerprint = :fingerprint""")
                .param("fingerprint", fingerprint)
                .query((row, n) -> new KeyOwner(row.getObject("organisation_id", UUID.class), row.getString("name"),
                        row.getTimestamp("retired_at") == null))
                .optional();
    }
}
