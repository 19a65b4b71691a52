package io.shinrai.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shinrai.audit.ChainVerdict;
import io.shinrai.audit.Checkpoint;
import io.shinrai.crypto.OpenSslTimeStampAuthority;
import io.shinrai.crypto.TimeStamp;
import io.shinrai.server.ShinraiTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Checkpoints stamped by a real RFC 3161 authority (OpenSSL's) when one is configured. */
@ShinraiTest
class AuditTimeStampTest {

    private static OpenSslTimeStampAuthority authority;

    @Autowired
    ChainSeal seal;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditReception reception;
    @Autowired
    AuditRepository repository;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void timeStampingAuthority(DynamicPropertyRegistry registry) throws IOException {
        if (OpenSslTimeStampAuthority.available()) {
            authority = OpenSslTimeStampAuthority.start(Files.createTempDirectory("tsa"));
            registry.add("shinrai.audit.time-stamping.url", () -> authority.url().toString());
        }
    }

    @AfterAll
    static void stopAuthority() {
        if (authority != null) {
            authority.close();
        }
    }

    @BeforeEach
    void needsOpenSsl() {
        assumeTrue(authority != null, "openssl is not on the PATH, so no time-stamping authority can run");
        authority.tamper(answer -> answer);
    }

    private void receive(String user) {
        trail.append(reception.dicom(null, "test", AuditMessages.patientRecordRead(user, "P-7", "10.0.0.7")
                .getBytes(StandardCharsets.UTF_8)));
    }

    private Checkpoint newest() {
        List<Checkpoint> checkpoints = repository.checkpoints();
        return checkpoints.get(checkpoints.size() - 1);
    }

    @Test
    void eachCheckpointIsStampedByTheAuthorityOverItsSignature() {
        receive("tanaka");
        Checkpoint signed = seal.checkpoint().orElseThrow();

        Checkpoint stored = newest();
        assertThat(stored.sequence()).isEqualTo(signed.sequence());
        TimeStamp.Verdict verdict = TimeStamp.verify(stored.timeStamp(), stored.signature(),
                List.of(authority.rootCertificate()));
        assertThat(verdict.outcome()).isEqualTo(TimeStamp.Outcome.VALID);
        assertThat(verdict.authority()).hasValueSatisfying(name -> assertThat(name).contains("Time-Stamping"));
        assertThat(seal.verify()).isInstanceOfSatisfying(ChainVerdict.Intact.class,
                intact -> assertThat(intact.timeStamped()).isPositive());
    }

    @Test
    void aCheckpointTheAuthorityCouldNotStampIsStampedAtTheNextAttempt() {
        authority.tamper(answer -> "503 Service Unavailable".getBytes(StandardCharsets.US_ASCII));
        receive("sato");
        Checkpoint waiting = seal.checkpoint().orElseThrow();
        assertThat(newest().timeStamp()).isNull();
        assertThat(seal.verify()).isInstanceOf(ChainVerdict.Intact.class);

        authority.tamper(answer -> answer);
        receive("ito");
        seal.checkpoint();

        Checkpoint stamped = repository.checkpoints().stream()
                .filter(checkpoint -> checkpoint.sequence() == waiting.sequence()).findFirst().orElseThrow();
        assertThat(TimeStamp.verify(stamped.timeStamp(), stamped.signature(), List.of(authority.rootCertificate()))
                .outcome()).isEqualTo(TimeStamp.Outcome.VALID);
    }

    @Test
    void aStampMovedToAnotherCheckpointBreaksVerification() {
        receive("kato");
        Checkpoint first = seal.checkpoint().orElseThrow();
        receive("kobayashi");
        Checkpoint second = seal.checkpoint().orElseThrow();
        byte[] secondStamp = newest().timeStamp();
        byte[] firstStamp = jdbc.sql("select time_stamp from audit_checkpoint where sequence = :sequence")
                .param("sequence", first.sequence()).query(byte[].class).single();

        setStamp(second.sequence(), firstStamp);
        try {
            assertThat(seal.verify()).isInstanceOfSatisfying(ChainVerdict.Broken.class, broken -> {
                assertThat(broken.kind()).isEqualTo(ChainVerdict.Break.FORGED_SIGNATURE);
                assertThat(broken.firstSequence()).isEqualTo(second.sequence());
            });
        } finally {
            setStamp(second.sequence(), secondStamp);
        }
        assertThat(seal.verify()).isInstanceOf(ChainVerdict.Intact.class);
    }

    private void setStamp(long sequence, byte[] token) {
        jdbc.sql("update audit_checkpoint set time_stamp = :token where sequence = :sequence")
                .param("token", token).param("sequence", sequence).update();
    }
}
