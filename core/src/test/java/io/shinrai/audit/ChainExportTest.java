package io.shinrai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.crypto.SelfSignedIdentity;
import io.shinrai.crypto.SigningIdentity;
import io.shinrai.crypto.SigningIdentityPem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChainExportTest {

    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");
    private final SigningIdentity key = SelfSignedIdentity.generate("Tokyo General", "audit", 30, NOW);
    private final DicomAuditReader reader = new DicomAuditReader();

    private List<ChainedRecord> chain() {
        List<ChainedRecord> chain = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (String sample : List.of("patient-record-read.xml", "remote-service-started.xml")) {
            byte[] raw = AuditSamples.bytes(sample);
            AuditReading reading = reader.read(raw);
            ChainedRecord linked = AuditChain.link(previous, new AuditRecord(chain.size() + 1, NOW, null, "test",
                    MessageFormat.DICOM_XML, reading.validity(), reading.problems(), reading.summary(), raw));
            chain.add(linked);
            previous = linked.hash();
        }
        return chain;
    }

    private byte[] export(List<ChainedRecord> chain, List<Checkpoint> checkpoints) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Writer writer = ChainExport.start(out, ChainExport.Header.of(SigningIdentityPem.certificates(key),
                Optional.empty(), checkpoints));
        for (ChainedRecord record : chain) {
            ChainExport.writeRecord(writer, record);
        }
        writer.flush();
        return out.toByteArray();
    }

    @Test
    void anExportedChainVerifiesAgainstThePinnedKey() throws Exception {
        List<ChainedRecord> chain = chain();
        byte[] file = export(chain, List.of(Checkpoint.sign(chain.get(1), key, NOW)));
        String fingerprint = ChainExport.Header.of(SigningIdentityPem.certificates(key), Optional.empty(), List.of())
                .certificateFingerprint();

        ChainExport.Verified verified = ChainExport.verify(new ByteArrayInputStream(file), Optional.of(fingerprint));

        assertThat(verified.verdict()).isEqualTo(new ChainVerdict.Intact(2, 1, 2, chain.get(1).hash(), 1, 0));
    }

    @Test
    void anEditInTheFileIsNamed() throws Exception {
        String file = new String(export(chain(), List.of()), StandardCharsets.UTF_8);
        String edited = file.replace("\"userId\":\"vendor-engineer\"", "\"userId\":\"nobody\"");
        assertThat(edited).isNotEqualTo(file);

        ChainExport.Verified verified = ChainExport.verify(
                new ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8)), Optional.empty());

        assertThat(verified.verdict()).isEqualTo(new ChainVerdict.Broken(ChainVerdict.Break.ALTERED, 2, 2,
                "record 2 no longer matches its hash"));
    }

    @Test
    void aFileThatIsNoChainIsRefused() {
        assertThatThrownBy(() -> ChainExport.verify(new ByteArrayInputStream("{}".getBytes()), Optional.empty()))
                .isInstanceOf(InvalidChainExportException.class).hasMessageContaining("not a shinrai-audit-chain/1");
        assertThatThrownBy(() -> ChainExport.verify(new ByteArrayInputStream(new byte[0]), Optional.empty()))
                .hasMessage("the file is empty");
    }
}
