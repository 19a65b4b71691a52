package io.shinrai.server.apitoken;

import io.shinrai.crypto.Sha256;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.ApiClient;
import io.shinrai.server.security.Secrets;
import io.shinrai.server.web.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, checks and revokes API tokens. A token's secret is shown once, at issue. */
@Service
public class ApiTokens {

    /** Makes tokens recognisable in logs and secret scanners. */
    static final String PREFIX = "shr_";
    public static final Duration LONGEST_VALIDITY = Duration.ofDays(366);

    private final ApiTokenRepository repository;
    private final ActivityLog activity;
    private final Clock clock;

    ApiTokens(ApiTokenRepository repository, ActivityLog activity, Clock clock) {
        this.repository = repository;
        this.activity = activity;
        this.clock = clock;
    }

    /** A new token and its secret, which is never shown again. */
    public record Issued(ApiToken token, String secret) {
    }

    @Transactional
    public Issued issue(UUID organisationId, UUID createdBy, String name, OrgRole role, Duration validity) {
        if (validity.isNegative() || validity.isZero() || validity.compareTo(LONGEST_VALIDITY) > 0) {
            throw new IllegalArgumentException("validity must be between one day and " + LONGEST_VALIDITY);
        }
        String secret = PREFIX + Secrets.newSecret();
        Instant now = clock.instant();
        ApiToken token = new ApiToken(UUID.randomUUID(), organisationId, createdBy, name, role,
                now.plus(validity), null, null, now);
        repository.insert(token, Sha256.hex(secret));
        activity.record(organisationId, "api-token.issued", Target.of("api-token", token.id()), null,
                Map.of("name", name, "role", role.name(), "expiresAt", token.expiresAt().toString()));
        return new Issued(token, secret);
    }

    @Transactional
    public void revoke(UUID organisationId, UUID tokenId) {
        ApiToken token = repository.find(organisationId, tokenId).orElseThrow(NotFoundException::new);
        repository.revoke(tokenId, clock.instant());
        activity.record(organisationId, "api-token.revoked", Target.of("api-token", tokenId),
                Map.of("name", token.name()), null);
    }

    public List<ApiToken> of(UUID organisationId) {
        return repository.findByOrganisation(organisationId);
    }

    /** The client a presented secret stands for, when the token exists, is not revoked and has not expired. */
    public Optional<ApiClient> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return repository.findByHash(Sha256.hex(secret))
                .filter(token -> token.usableAt(now))
                .map(token -> {
                    repository.touch(token.id(), now);
                    return new ApiClient(token.id(), token.name(), token.organisationId(), token.role(),
                            token.createdBy());
                });
    }

}
