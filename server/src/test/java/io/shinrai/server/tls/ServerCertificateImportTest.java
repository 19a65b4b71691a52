package io.shinrai.server.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.crypto.LocalTlsAuthority;
import io.shinrai.crypto.TlsContext;
import io.shinrai.crypto.TlsIdentity;
import io.shinrai.crypto.TlsIdentityFiles;
import io.shinrai.crypto.TlsPolicy;
import io.shinrai.server.Fixtures;
import io.shinrai.server.MovableClock;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.account.UserAccount;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The platform admin replaces the generated certificate with one from a CA, as PEM or PKCS#12: the next HTTPS
 * connection presents it, a file that does not fit changes nothing, and a certificate near its end is flagged.
 */
@ShinraiTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ServerCertificateImportTest {

    private static final Path TLS_DIRECTORY = temporaryDirectory();
    private static final int HTTPS_PORT = freePort();

    @DynamicPropertySource
    static void https(DynamicPropertyRegistry registry) {
        registry.add("shinrai.tls.https-port", () -> HTTPS_PORT);
        registry.add("shinrai.tls.directory", TLS_DIRECTORY::toString);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MovableClock clock;
    @Autowired
    ServerCertificate certificate;

    WebSession admin;

    @BeforeEach
    void signIn() throws Exception {
        UserAccount account = fixtures.platformAdmin();
        byte[] secret = fixtures.enrolTotp(account);
        admin = new WebSession(mvc);
        admin.signIn(account.email(), Fixtures.PASSWORD);
        admin.post("/login/two-factor", "code", fixtures.currentCode(secret));
    }

    @Test
    void aPemCertificateFromACaIsPresentedFromTheNextConnectionOn() throws Exception {
        LocalTlsAuthority hospitalCa = authority("Sakura Hospital", Duration.ofDays(365));

        admin.upload("/platform/tls/certificate/pem",
                file("key", TlsIdentityFiles.privateKeyPem(hospitalCa.server())),
                file("certificates", TlsIdentityFiles.certificatesPem(hospitalCa.server().chain())));

        String page = admin.get("/platform/tls").getContentAsString();
        assertThat(page).contains("サーバー証明書を登録しました。", "O=Sakura Hospital");
        assertThat(presentedTo(hospitalCa)).isEqualTo(hospitalCa.server().certificate());
        assertThat(Files.readString(TLS_DIRECTORY.resolve(ServerCertificate.CHAIN_FILE)))
                .isEqualTo(TlsIdentityFiles.certificatesPem(hospitalCa.server().chain()));
        assertThat(TLS_DIRECTORY.resolve(ServerCertificate.AUTHORITY_FILE)).doesNotExist();
    }

    @Test
    void aPkcs12FileIsTakenWithItsPasswordAndRefusedWithAWrongOneLeavingTheCertificateInUse() throws Exception {
        LocalTlsAuthority hospitalCa = authority("Keio Hospital", Duration.ofDays(365));
        byte[] pkcs12 = pkcs12(hospitalCa.server(), "kanri-2026".toCharArray());

        admin.uploadWith("/platform/tls/certificate/pkcs12", new MockMultipartFile("keystore", "server.p12", null,
                pkcs12), "password", "wrong");
        X509Certificate before = certificate.identity().certificate();
        assertThat(admin.get("/platform/tls").getContentAsString())
                .contains("証明書と秘密鍵を登録できませんでした。", "password is wrong");
        assertThat(certificate.identity().certificate()).isEqualTo(before);

        admin.uploadWith("/platform/tls/certificate/pkcs12", new MockMultipartFile("keystore", "server.p12", null,
                pkcs12), "password", "kanri-2026");
        assertThat(admin.get("/platform/tls").getContentAsString()).contains("O=Keio Hospital");
        assertThat(presentedTo(hospitalCa)).isEqualTo(hospitalCa.server().certificate());
    }

    @Test
    void aKeyThatDoesNotBelongToTheCertificateChangesNothing() throws Exception {
        LocalTlsAuthority one = authority("One Hospital", Duration.ofDays(365));
        LocalTlsAuthority other = authority("Other Hospital", Duration.ofDays(365));
        X509Certificate before = certificate.identity().certificate();
        String chainBefore = Files.readString(TLS_DIRECTORY.resolve(ServerCertificate.CHAIN_FILE));

        admin.upload("/platform/tls/certificate/pem", file("key", TlsIdentityFiles.privateKeyPem(one.server())),
                file("certificates", TlsIdentityFiles.certificatesPem(other.server().chain())));

        assertThat(admin.get("/platform/tls").getContentAsString()).contains("登録できませんでした");
        assertThat(certificate.identity().certificate()).isEqualTo(before);
        assertThat(Files.readString(TLS_DIRECTORY.resolve(ServerCertificate.CHAIN_FILE))).isEqualTo(chainBefore);
    }

    @Test
    void aCertificateNearItsEndIsFlaggedOnEveryPlatformPage() throws Exception {
        LocalTlsAuthority shortLived = LocalTlsAuthority.generate("Short Hospital", List.of("localhost"),
                Duration.ofDays(20), clock.instant().minus(Duration.ofMinutes(1)));
        admin.upload("/platform/tls/certificate/pem",
                file("key", TlsIdentityFiles.privateKeyPem(shortLived.server())),
                file("certificates", TlsIdentityFiles.certificatesPem(shortLived.server().chain())));

        assertThat(admin.get("/platform/users").getContentAsString()).contains("サーバー証明書は", "有効期限が切れます");
        clock.advance(Duration.ofDays(21));
        assertThat(admin.get("/platform/tls").getContentAsString()).contains("サーバー証明書の有効期限が切れています");
    }

    /** Valid now by the wall clock, which the client checks, whatever the server's test clock says. */
    private static LocalTlsAuthority authority(String organisation, Duration validity) {
        return LocalTlsAuthority.generate(organisation, List.of("localhost"), validity,
                Instant.now().minus(Duration.ofMinutes(1)));
    }

    /** The certificate the HTTPS port shows a client that trusts only the given authority. */
    private static X509Certificate presentedTo(LocalTlsAuthority trusted) throws IOException {
        TlsContext client = TlsContext.client(List.of(trusted.authority()), TlsPolicy.HYBRID);
        try (var socket = client.connect("localhost", HTTPS_PORT)) {
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    private static MockMultipartFile file(String field, String pem) {
        return new MockMultipartFile(field, field + ".pem", null, pem.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] pkcs12(TlsIdentity identity, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", identity.privateKey(), password,
                identity.chain().toArray(X509Certificate[]::new));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password);
        return out.toByteArray();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("shinrai-tls");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
