package io.shinrai.server.product;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * News about product versions that every hospital that installed one of them hears of: in its activity feed, by mail
 * and by webhook. Published inside the transaction that made the news, so that only committed news goes out.
 */
public interface VersionNews {

    Set<UUID> versionIds();

    /**
     * The news's name as webhooks receive it, such as {@code findings.gained}; the activity feed and the mail's
     * message keys use it in camel case.
     */
    String event();

    /** The event in camel case, as the activity feed and message keys name it: {@code findingsGained}. */
    default String key() {
        StringBuilder key = new StringBuilder();
        for (String word : event().split("\\.")) {
            key.append(key.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return key.toString();
    }

    /** What the news says beyond the version, for the activity feed and the webhook's body. */
    Map<String, Object> facts();

    /** The same for a mail's text, in the order its message has them after the version and the hospital. */
    List<Object> mailFacts();
}
