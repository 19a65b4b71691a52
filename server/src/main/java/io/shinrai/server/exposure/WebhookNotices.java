package io.shinrai.server.exposure;

import io.shinrai.server.ShinraiProperties;
import io.shinrai.server.product.VersionNews;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts news of a version (findings gained, an advisory published) to the webhook of every hospital that installed
 * it, once the news is committed: JSON with the event, product, version, what the news says, the hospital's systems
 * and the page to look at, signed in
 * the header {@value #SIGNATURE} as {@code sha256=} and the HMAC-SHA256 of the body under the hospital's secret. A
 * receiver that does not answer 2xx within the timeout is logged; the rest go on.
 */
@Component
class WebhookNotices {

    static final String SIGNATURE = "X-Shinrai-Signature";
    private static final Logger log = LoggerFactory.getLogger(WebhookNotices.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Installations installations;
    private final Webhooks webhooks;
    private final JsonMapper json;
    private final ShinraiProperties properties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookNotices(Installations installations, Webhooks webhooks, JsonMapper json, ShinraiProperties properties) {
        this.installations = installations;
        this.webhooks = webhooks;
        this.json = json;
        this.properties = properties;
    }

    @TransactionalEventListener
    void tell(VersionNews news) {
        for (UUID versionId : news.versionIds()) {
            installations.of(versionId).ifPresent(installed -> {
                for (Map.Entry<UUID, List<ExposureRepository.LedgerLine>> hospital
                        : installed.byHospital().entrySet()) {
                    webhooks.of(hospital.getKey()).ifPresent(webhook -> {
                        Map<String, Object> body = new LinkedHashMap<>();
                        body.put("event", news.event());
                        body.put("hospital", hospital.getKey());
                        body.put("product", installed.product());
                        body.put("version", installed.version());
                        body.putAll(news.facts());
                        body.put("systems", hospital.getValue().stream()
                                .map(ExposureRepository.LedgerLine::name).toList());
                        body.put("page", properties.baseUrl() + "/orgs/" + hospital.getKey() + "/exposure");
                        post(webhook, json.writeValueAsBytes(body));
                    });
                }
            });
        }
    }

    private void post(Webhook webhook, byte[] body) {
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(webhook.url()).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header(SIGNATURE, "sha256=" + signature(webhook.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() / 100 != 2) {
                log.warn("the webhook {} answered {} to a notice", webhook.url(), answer.statusCode());
            }
        } catch (IOException unreachable) {
            log.warn("the webhook {} could not be reached: {}", webhook.url(), unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", unavailable);
        }
    }
}
