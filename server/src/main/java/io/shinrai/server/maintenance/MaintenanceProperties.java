package io.shinrai.server.maintenance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the maintenance relay runs.
 *
 * @param relayPort     the relay's TLS port, with the server certificate and TLS policy of every listener; null is off
 * @param relayHost     the host name engineers are told to connect to
 * @param tokenValidity how long an issued one-time token may wait for its connection
 */
@ConfigurationProperties("shinrai.maintenance")
public record MaintenanceProperties(Integer relayPort, String relayHost, Duration tokenValidity) {

    public MaintenanceProperties {
        relayHost = relayHost == null || relayHost.isBlank() ? "localhost" : relayHost;
        tokenValidity = tokenValidity == null ? Duration.ofMinutes(10) : tokenValidity;
    }
}
