package io.shinrai.server.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.crypto.LocalTlsAuthority;
import io.shinrai.crypto.TlsIdentityFiles;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.browser.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Debian's Chromium over HTTPS: it offers X25519MLKEM768 by default, and the page it loads shows that the server
 * negotiated the hybrid group for that very connection.
 */
@ShinraiTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HttpsBrowserTest {

    /** Made before the server starts, so that Chromium can be told to trust exactly this server key. */
    private static final LocalTlsAuthority AUTHORITY = LocalTlsAuthority.generate("Sample Hospital",
            List.of("localhost", "127.0.0.1"), Duration.ofDays(30), Instant.now().minus(Duration.ofDays(1)));
    private static final Path TLS_DIRECTORY = directoryWith(AUTHORITY);
    private static final int HTTPS_PORT = freePort();

    @RegisterExtension
    static final Browser browser = new Browser("--ignore-certificate-errors-spki-list=" + spkiHash(AUTHORITY));

    @DynamicPropertySource
    static void https(DynamicPropertyRegistry registry) {
        registry.add("shinrai.tls.https-port", () -> HTTPS_PORT);
        registry.add("shinrai.tls.directory", TLS_DIRECTORY::toString);
    }

    @Autowired
    Fixtures fixtures;
    @Autowired
    RecentHandshakes handshakes;

    @Test
    void chromiumNegotiatesX25519MlKem768AndThePageSaysSoForItsOwnConnection() {
        UserAccount admin = fixtures.platformAdmin();
        byte[] secret = fixtures.enrolTotp(admin);
        browser.signIn(admin.email(), Fixtures.PASSWORD);
        browser.waitForHeading("二要素認証");
        browser.fillIn("code", fixtures.currentCode(secret));
        browser.press("確認");
        browser.waitForHeading("ようこそ、" + admin.displayName() + " さん");

        browser.openUrl("https://localhost:" + HTTPS_PORT + "/platform/tls");
        browser.waitForHeading("プラットフォーム管理");

        String thisConnection = browser.text(By.id("this-connection"));
        assertThat(thisConnection).contains("TLSv1.3", "X25519MLKEM768", "耐量子ハイブリッド");
        assertThat(handshakes.newestFirst()).isNotEmpty()
                .allSatisfy(handshake -> assertThat(handshake.negotiated().namedGroup()).isEqualTo("X25519MLKEM768"));
        assertThat(browser.text(By.id("handshakes"))).contains("https", "X25519MLKEM768");
    }

    private static Path directoryWith(LocalTlsAuthority authority) {
        try {
            Path directory = Files.createTempDirectory("shinrai-tls");
            Files.writeString(directory.resolve(ServerCertificate.KEY_FILE),
                    TlsIdentityFiles.privateKeyPem(authority.server()));
            Files.writeString(directory.resolve(ServerCertificate.CHAIN_FILE),
                    TlsIdentityFiles.certificatesPem(authority.server().chain()));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String spkiHash(LocalTlsAuthority authority) {
        try {
            byte[] spki = authority.server().certificate().getPublicKey().getEncoded();
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(spki));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
