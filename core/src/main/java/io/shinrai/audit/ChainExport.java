package io.shinrai.audit;

import io.shinrai.crypto.Sha256;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit chain as a file, {@code shinrai-audit-chain/1}: JSON lines, first a header with the repository's
 * certificate, the deletion marker and the checkpoints, then one line per record in sequence order. Written and
 * verified a line at a time, so a chain of any length passes through in constant memory.
 */
public final class ChainExport {

    public static final String FORMAT = "shinrai-audit-chain/1";
    /** The longest line accepted: a record of the largest message, base64-encoded, with its fields. */
    static final int MAX_LINE = 3 << 20;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What precedes the records. */
    public record Header(String format, String certificatePem, DeletionMarker deletion, List<Checkpoint> checkpoints) {

        public Header {
            checkpoints = checkpoints == null ? List.of() : List.copyOf(checkpoints);
        }

        public static Header of(String certificatePem, Optional<DeletionMarker> deletion, List<Checkpoint> checkpoints) {
            return new Header(FORMAT, certificatePem, deletion.orElse(null), checkpoints);
        }

        /** The SHA-256 fingerprint of the repository certificate this file names. */
        public String certificateFingerprint() {
            try {
                String base64 = certificatePem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
                return Sha256.hex(certificate.getEncoded());
            } catch (CertificateException | IllegalArgumentException e) {
                throw new InvalidChainExportException("the certificate in the header cannot be read");
            }
        }
    }

    /** Writes the header; records follow with {@link #writeRecord}. */
    public static Writer start(OutputStream out, Header header) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(JSON.writeValueAsString(header));
        writer.write('\n');
        return writer;
    }

    public static void writeRecord(Writer writer, ChainedRecord record) throws IOException {
        writer.write(JSON.writeValueAsString(record));
        writer.write('\n');
    }

    /**
     * Verifies an exported chain. The key is the one whose certificate has the given fingerprint; with none given,
     * the certificate in the file is trusted, which proves only that the file is consistent with itself.
     */
    public static Verified verify(InputStream in, Optional<String> keyFingerprint) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Header header = read(line(lines), Header.class);
        if (header == null || !FORMAT.equals(header.format())) {
            throw new InvalidChainExportException("not a " + FORMAT + " file");
        }
        String fingerprint = keyFingerprint.orElseGet(header::certificateFingerprint);
        ChainVerifier verifier = new ChainVerifier(fingerprint, Optional.ofNullable(header.deletion()),
                header.checkpoints());
        String line;
        while ((line = line(lines)) != null) {
            if (!line.isBlank() && !verifier.accept(read(line, ChainedRecord.class))) {
                break;
            }
        }
        return new Verified(verifier.finish(), fingerprint);
    }

    /** The verdict, and the fingerprint of the key it trusted. */
    public record Verified(ChainVerdict verdict, String keyFingerprint) {
    }

    private static String line(BufferedReader lines) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = lines.read()) >= 0 && c != '\n') {
            if (line.length() >= MAX_LINE) {
                throw new InvalidChainExportException("a line is longer than " + MAX_LINE + " characters");
            }
            line.append((char) c);
        }
        return c < 0 && line.length() == 0 ? null : line.toString();
    }

    private static <T> T read(String line, Class<T> type) {
        if (line == null) {
            throw new InvalidChainExportException("the file is empty");
        }
        try {
            return JSON.readValue(line, type);
        } catch (JacksonException malformed) {
            throw new InvalidChainExportException("a line is not what " + FORMAT + " holds: "
                    + malformed.getOriginalMessage());
        }
    }

    private ChainExport() {
    }
}
