package io.shinrai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.audit.AuditChain;
import io.shinrai.audit.AuditRecord;
import io.shinrai.audit.AuditSummary;
import io.shinrai.audit.ChainExport;
import io.shinrai.audit.ChainedRecord;
import io.shinrai.audit.Checkpoint;
import io.shinrai.audit.MessageFormat;
import io.shinrai.audit.Validity;
import io.shinrai.crypto.SelfSignedIdentity;
import io.shinrai.crypto.SigningIdentity;
import io.shinrai.crypto.SigningIdentityPem;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    @TempDir
    Path folder;

    private final CommandRun run = new CommandRun();
    private final SigningIdentity key = SelfSignedIdentity.generate("Tokyo General", "audit", 30, NOW);

    private Path exportOfThreeRecords() throws Exception {
        ChainedRecord previous = null;
        Path file = folder.resolve("chain.jsonl");
        ChainedRecord[] records = new ChainedRecord[3];
        for (int i = 0; i < 3; i++) {
            records[i] = AuditChain.link(previous == null ? AuditChain.GENESIS : previous.hash(),
                    new AuditRecord(i + 1, NOW, null, "syslog-tcp 10.0.0.1", MessageFormat.SYSLOG_TEXT,
                            Validity.VALID, List.of(), AuditSummary.NONE,
                            ("<13>1 - - - - - - message " + (i + 1)).getBytes(StandardCharsets.UTF_8)));
            previous = records[i];
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            Writer writer = ChainExport.start(out, ChainExport.Header.of(SigningIdentityPem.certificates(key),
                    Optional.empty(), List.of(Checkpoint.sign(records[2], key, NOW))));
            for (ChainedRecord record : records) {
                ChainExport.writeRecord(writer, record);
            }
            writer.flush();
        }
        return file;
    }

    private String fingerprint() {
        return ChainExport.Header.of(SigningIdentityPem.certificates(key), Optional.empty(), List.of())
                .certificateFingerprint();
    }

    @Test
    void anIntactChainVerifiesAgainstThePinnedKey() throws Exception {
        Path file = exportOfThreeRecords();

        assertThat(run.shinrai("audit", "verify", file.toString(), "--fingerprint", fingerprint())).isZero();
        assertThat(run.out()).contains("intact, 3 records (1 to 3), 1 signed checkpoints match");
    }

    @Test
    void namesTheRecordThatWasDeletedFromTheFile() throws Exception {
        Path file = exportOfThreeRecords();
        List<String> lines = Files.readAllLines(file);
        lines.remove(2);
        Files.write(file, lines);

        assertThat(run.shinrai("audit", "verify", file.toString(), "--fingerprint", fingerprint())).isEqualTo(1);
        assertThat(run.out()).contains("DELETED at record 2: records 2 to 2 are missing");
    }

    @Test
    void aCheckpointBySomeoneElsesKeyIsNotTrusted() throws Exception {
        Path file = exportOfThreeRecords();

        assertThat(run.shinrai("audit", "verify", file.toString(), "--fingerprint", "00".repeat(32))).isEqualTo(1);
        assertThat(run.out()).contains("FORGED_SIGNATURE at record 3");
    }

    @Test
    void aFileThatIsNoChainIsRefused() throws Exception {
        Path file = Files.writeString(folder.resolve("other.json"), "{\"hello\": 1}\n");

        assertThat(run.shinrai("audit", "verify", file.toString())).isEqualTo(2);
        assertThat(run.err()).contains("not a shinrai-audit-chain/1 file");
    }
}
