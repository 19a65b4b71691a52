package io.shinrai.server.tls;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the server's TLS listeners run.
 *
 * @param httpsPort     the HTTPS port beside the HTTP one; null is off
 * @param directory     where the server's key and certificates are kept; a local authority and its server
 *                      certificate are generated there on first start when it holds none
 * @param hostNames     the names and addresses a generated server certificate is valid for
 * @param expiryWarning how long before its expiry a certificate is flagged
 */
@ConfigurationProperties("shinrai.tls")
public record TlsProperties(Integer httpsPort, Path directory, List<String> hostNames, Duration expiryWarning) {

    public TlsProperties {
        directory = directory == null ? Path.of("shinrai-data", "tls") : directory;
        hostNames = hostNames == null || hostNames.isEmpty() ? List.of("localhost", "127.0.0.1") : List.copyOf(hostNames);
        expiryWarning = expiryWarning == null ? Duration.ofDays(30) : expiryWarning;
    }
}
