package io.shinrai.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shinrai.crypto.TimeStamp.Outcome;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenSSL's time-stamping authority as the other party, reached over HTTP as RFC 3161 prescribes. */
class TimeStampAuthorityTest {

    private static final byte[] CHECKPOINT = "sequence: 42\nhash: 9f86d081884c7d65\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path dir;
    static OpenSslTimeStampAuthority openssl;

    @BeforeAll
    static void startAuthority() throws Exception {
        assumeTrue(OpenSslTimeStampAuthority.available(), "openssl is not on the PATH");
        openssl = OpenSslTimeStampAuthority.start(dir);
    }

    @AfterAll
    static void stopAuthority() {
        if (openssl != null) {
            openssl.close();
        }
    }

    private TimeStampAuthority client() {
        openssl.tamper(answer -> answer);
        return new TimeStampAuthority(openssl.url(), Duration.ofSeconds(30));
    }

    @Test
    void aTokenFromTheAuthorityVerifiesAgainstItsRootAndNamesTheAuthority() throws Exception {
        Instant before = Instant.now().minusSeconds(2);
        TimeStamp stamp = client().stamp(CHECKPOINT);

        assertThat(stamp.time()).isBetween(before, Instant.now().plusSeconds(2));
        assertThat(stamp.authority()).contains("Test Time-Stamping Authority");
        TimeStamp.Verdict verdict = TimeStamp.verify(stamp.token(), CHECKPOINT, List.of(openssl.rootCertificate()));
        assertThat(verdict.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verdict.time()).contains(stamp.time());
    }

    @Test
    void openSslVerifiesTheTokenWeKeep() throws Exception {
        TimeStamp stamp = client().stamp(CHECKPOINT);
        Files.write(dir.resolve("kept.tst"), stamp.token());
        Files.write(dir.resolve("kept.data"), CHECKPOINT);

        assertThat(openssl.openssl("ts", "-verify", "-token_in", "-in", "kept.tst", "-data", "kept.data",
                "-CAfile", "ca.pem")).contains("Verification: OK");
    }

    @Test
    void otherDataOrAnUntrustedRootIsToldApart() throws Exception {
        TimeStamp stamp = client().stamp(CHECKPOINT);
        byte[] changed = CHECKPOINT.clone();
        changed[10] ^= 1;

        assertThat(TimeStamp.verify(stamp.token(), changed, List.of(openssl.rootCertificate())).outcome())
                .isEqualTo(Outcome.DATA_CHANGED);
        SigningIdentity stranger = SelfSignedIdentity.generate("Other Trust", "Root", 30, Instant.now());
        assertThat(TimeStamp.verify(stamp.token(), CHECKPOINT, List.of(stranger.certificate())).outcome())
                .isEqualTo(Outcome.UNTRUSTED);
        assertThat(TimeStamp.verify("not a token".getBytes(StandardCharsets.US_ASCII), CHECKPOINT, List.of())
                .outcome()).isEqualTo(Outcome.UNREADABLE);
    }

    @Test
    void aReplayedAnswerIsRefusedBecauseItsNonceAndHashAreForAnotherRequest() throws Exception {
        TimeStampAuthority authority = client();
        authority.stamp("first".getBytes(StandardCharsets.US_ASCII));
        byte[] firstAnswer = Files.readAllBytes(dir.resolve("response.tsr"));
        AtomicReference<byte[]> replay = new AtomicReference<>(firstAnswer);
        openssl.tamper(answer -> replay.get());

        assertThatThrownBy(() -> authority.stamp(CHECKPOINT)).isInstanceOf(TimeStampException.class)
                .hasMessageContaining("not a valid time-stamp for this request");
    }

    @Test
    void garbageOrAnUnreachableAuthorityGivesAClearError() {
        TimeStampAuthority authority = client();
        openssl.tamper(answer -> "<html>Service Unavailable</html>".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> authority.stamp(CHECKPOINT)).isInstanceOf(TimeStampException.class)
                .hasMessageContaining(openssl.url().toString());

        TimeStampAuthority nobody = new TimeStampAuthority(URI.create("http://127.0.0.1:9/tsa"), Duration.ofSeconds(5));
        assertThatThrownBy(() -> nobody.stamp(CHECKPOINT)).isInstanceOf(TimeStampException.class)
                .hasMessageContaining("could not be reached");
    }
}
