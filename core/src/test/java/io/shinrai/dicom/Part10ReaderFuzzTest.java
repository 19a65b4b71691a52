package io.shinrai.dicom;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Whatever follows the preamble, reading gives a file or a clear refusal; a file that was read writes back to
 * bytes that read again, and checking its signatures gives verdicts, never another failure.
 */
class Part10ReaderFuzzTest {

    private static final String[] SYNTAXES = {"1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2",
        "1.2.840.10008.1.2.1.99", "1.2.840.10008.1.2.4.90"};

    private final Part10Reader reader = new Part10Reader(1 << 20);

    @FuzzTest(maxDuration = "30s")
    void anyDataSetIsReadOrRefusedClearly(FuzzedDataProvider data) throws Exception {
        String syntax = SYNTAXES[data.consumeInt(0, SYNTAXES.length - 1)] + "\0";
        byte[] dataSet = data.consumeRemainingAsBytes();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[128]);
        file.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        file.writeBytes(new byte[] {0x02, 0x00, 0x10, 0x00, 'U', 'I', (byte) (syntax.length() & 0xFF), 0});
        file.writeBytes(syntax.getBytes(StandardCharsets.US_ASCII));
        file.writeBytes(dataSet);
        Part10File read;
        try {
            read = reader.read(file.toByteArray());
        } catch (UnreadableDicomException refused) {
            return;
        }
        reader.read(Part10Writer.write(read));
        DigitalSignatures.verify(read, TrustStore.EMPTY, Instant.now());
    }
}
