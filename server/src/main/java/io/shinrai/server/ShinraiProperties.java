package io.shinrai.server;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("shinrai")
public record ShinraiProperties(String baseUrl, Security security) {

    /**
     * Password and sign-in rules. The MHLW guideline asks for long passwords, lockout after repeated failures,
     * no reuse of recent passwords and no forced periodic change, which is why there is no expiry here.
     */
    public record Security(
            int passwordMinLength,
            int passwordHistory,
            int lockoutThreshold,
            Duration lockoutDuration,
            Duration invitationValidity) {
    }
}
