package io.shinrai.server.exposure;

import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.web.ConflictException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The webhook a hospital set for notices of new findings; a new URL gets a new secret. */
@Service
class Webhooks {

    private final JdbcClient jdbc;
    private final Inventory inventory;
    private final ActivityLog activity;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Webhooks(JdbcClient jdbc, Inventory inventory, ActivityLog activity, Clock clock) {
        this.jdbc = jdbc;
        this.inventory = inventory;
        this.activity = activity;
        this.clock = clock;
    }

    Optional<Webhook> of(UUID hospitalId) {
        return jdbc.sql("select url, secret from exposure_webhook where organisation_id = :org")
                .param("org", hospitalId)
                .query((row, n) -> new Webhook(URI.create(row.getString("url")), row.getString("secret"))).optional();
    }

    /** Sets the URL (http or https), or removes the webhook when it is blank. */
    @Transactional
    void set(UUID hospitalId, String url) {
        inventory.hospital(hospitalId);
        jdbc.sql("delete from exposure_webhook where organisation_id = :org").param("org", hospitalId).update();
        if (url == null || url.isBlank()) {
            activity.record(hospitalId, "exposure.webhookRemoved", Target.of("organisation", hospitalId), null, null);
            return;
        }
        URI address = address(url.strip());
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        jdbc.sql("insert into exposure_webhook (organisation_id, url, secret, updated_at) "
                        + "values (:org, :url, :secret, :at)")
                .param("org", hospitalId).param("url", address.toString())
                .param("secret", HexFormat.of().formatHex(secret)).param("at", Timestamp.from(clock.instant()))
                .update();
        activity.record(hospitalId, "exposure.webhookSet", Target.of("organisation", hospitalId), null,
                address.toString());
    }

    private static URI address(String url) {
        try {
            URI address = new URI(url);
            if (url.length() > 2000 || address.getHost() == null
                    || !("https".equals(address.getScheme()) || "http".equals(address.getScheme()))) {
                throw new ConflictException("exposure.webhookInvalid");
            }
            return address;
        } catch (URISyntaxException malformed) {
            throw new ConflictException("exposure.webhookInvalid");
        }
    }
}
