package io.shinrai.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bouncy Castle on both ends of loopback: the hybrid group when both offer it, a classical one otherwise. */
class TlsContextTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static final LocalTlsAuthority AUTHORITY = LocalTlsAuthority.generate("Sample Hospital",
            List.of("localhost", "127.0.0.1"), Duration.ofDays(30), Instant.now().minus(1, ChronoUnit.MINUTES));

    private LoopbackTlsServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackTlsServer(TlsContext.server(AUTHORITY.server(), TlsPolicy.HYBRID));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void aHybridClientGetsTls13WithX25519MlKem768() throws Exception {
        NegotiatedTls client = handshake(TlsPolicy.HYBRID);
        NegotiatedTls onServer = server.next(WAIT).negotiated();

        assertThat(onServer).isEqualTo(client);
        assertThat(onServer.protocol()).isEqualTo("TLSv1.3");
        assertThat(onServer.namedGroup()).isEqualTo("X25519MLKEM768");
        assertThat(onServer.hybrid()).isTrue();
    }

    @Test
    void aClassicalClientFallsBackToX25519() throws Exception {
        handshake(TlsPolicy.CLASSICAL);

        NegotiatedTls onServer = server.next(WAIT).negotiated();
        assertThat(onServer.namedGroup()).isEqualTo("x25519");
        assertThat(onServer.hybrid()).isFalse();
    }

    @Test
    void aClientThatOffersOnlyP384GetsP384() throws Exception {
        handshake(new TlsPolicy(List.of("TLSv1.3"), List.of("TLS_AES_256_GCM_SHA384"), List.of("secp384r1")));

        NegotiatedTls onServer = server.next(WAIT).negotiated();
        assertThat(onServer).isEqualTo(new NegotiatedTls("TLSv1.3", "TLS_AES_256_GCM_SHA384", "secp384r1"));
    }

    @Test
    void aTls12ClientGetsAnEcdheGcmSuiteOfTheDicomProfile() throws Exception {
        // TLS 1.2 has the client name the curve of the server's ECDSA key among its groups (RFC 8422)
        handshake(new TlsPolicy(List.of("TLSv1.2"), TlsPolicy.HYBRID.cipherSuites(), List.of("x25519", "secp384r1")));

        NegotiatedTls onServer = server.next(WAIT).negotiated();
        assertThat(onServer.protocol()).isEqualTo("TLSv1.2");
        assertThat(onServer.cipherSuite()).isEqualTo("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384");
        assertThat(onServer.namedGroup()).isEqualTo(NegotiatedTls.UNKNOWN_GROUP);
    }

    @Test
    void aClientWithoutASharedSuiteIsRefused() throws Exception {
        TlsPolicy cbcOnly = new TlsPolicy(List.of("TLSv1.2"), List.of("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA"),
                List.of("x25519"));
        assertThatThrownBy(() -> handshake(cbcOnly)).isInstanceOf(IOException.class);
        assertThat(server.next(WAIT).failure()).isInstanceOf(IOException.class);
    }

    @Test
    void aClientThatDoesNotTrustTheAuthorityRefusesTheServer() throws Exception {
        LocalTlsAuthority stranger = LocalTlsAuthority.generate("Elsewhere", List.of("localhost"),
                Duration.ofDays(1), Instant.now());
        TlsContext client = TlsContext.client(List.of(stranger.authority()), TlsPolicy.HYBRID);
        assertThatThrownBy(() -> client.connect("localhost", server.port())).isInstanceOf(IOException.class);
        server.next(WAIT);
    }

    private NegotiatedTls handshake(TlsPolicy clientPolicy) throws IOException {
        TlsContext client = TlsContext.client(List.of(AUTHORITY.authority()), clientPolicy);
        try (SSLSocket socket = client.connect("localhost", server.port())) {
            byte[] greeting = socket.getInputStream().readNBytes(8);
            assertThat(new String(greeting, StandardCharsets.US_ASCII)).isEqualTo("shinrai\n");
            return NegotiatedTls.of(socket);
        }
    }
}
