package io.shinrai.dicom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The project's own small DICOM files in src/test/resources/dicom, made from report.dump with DCMTK's dump2dcm
 * (explicit VR little endian, undefined lengths) and dcmconv (big endian with lengths; implicit VR with
 * undefined lengths, since without a dictionary only those show a sequence; deflated).
 */
final class DicomFixtures {

    static final String EXPLICIT_LITTLE = "report-explicit-le.dcm";
    static final String EXPLICIT_BIG = "report-explicit-be.dcm";
    static final String IMPLICIT_LITTLE = "report-implicit-le.dcm";
    static final String DEFLATED = "report-deflated.dcm";

    private DicomFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = DicomFixtures.class.getResourceAsStream("/dicom/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource dicom/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Part10File read(String name) throws UnreadableDicomException {
        return new Part10Reader().read(bytes(name));
    }
}
