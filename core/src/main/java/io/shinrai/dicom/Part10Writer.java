package io.shinrai.dicom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a DICOM file. A file read by {@link Part10Reader} comes out byte for byte as it went in, except a deflated
 * data set, which is deflated again and so may differ in its compressed bytes.
 */
public final class Part10Writer {

    private Part10Writer() {
    }

    public static byte[] write(Part10File file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(file.preamble());
        out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        DataSetEncoder.forFile(out, TransferSyntax.EXPLICIT_LITTLE).write(file.meta());
        if (file.transferSyntax().deflated()) {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            try (DeflaterOutputStream deflated = new DeflaterOutputStream(out, deflater)) {
                DataSetEncoder.forFile(deflated, file.transferSyntax()).write(file.dataSet());
            } catch (IOException e) {
                throw new UncheckedIOException("writing to memory does not fail", e);
            } finally {
                deflater.end();
            }
        } else {
            DataSetEncoder.forFile(out, file.transferSyntax()).write(file.dataSet());
        }
        return out.toByteArray();
    }
}
