package io.shinrai.server.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.crypto.SigningIdentityPem;
import io.shinrai.crypto.TlsContext;
import io.shinrai.crypto.TlsPolicy;
import io.shinrai.server.ShinraiTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The HTTPS connector of the running server, with its generated local authority, reached by a Bouncy Castle client. */
@ShinraiTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HttpsConnectorTest {

    @TempDir
    static Path tlsDirectory;

    static int httpsPort;

    @DynamicPropertySource
    static void https(DynamicPropertyRegistry registry) throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            httpsPort = free.getLocalPort();
        }
        registry.add("shinrai.tls.https-port", () -> httpsPort);
        registry.add("shinrai.tls.directory", () -> tlsDirectory.toString());
    }

    @Autowired
    RecentHandshakes handshakes;

    @Test
    void aHybridClientGetsThePageOverX25519MlKem768AndTheServerRecordsIt() throws Exception {
        Path authority = tlsDirectory.resolve(ServerCertificate.AUTHORITY_FILE);
        TlsContext client = TlsContext.client(
                SigningIdentityPem.readCertificates(Files.readString(authority)), TlsPolicy.HYBRID);

        String response;
        try (SSLSocket socket = client.connect("localhost", httpsPort)) {
            socket.getOutputStream().write("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(response).startsWith("HTTP/1.1 200");
        RecentHandshakes.Handshake recorded = handshakes.newestFirst().get(0);
        assertThat(recorded.listener()).isEqualTo(HttpsConnector.LISTENER);
        assertThat(recorded.negotiated().protocol()).isEqualTo("TLSv1.3");
        assertThat(recorded.negotiated().namedGroup()).isEqualTo("X25519MLKEM768");
    }
}
