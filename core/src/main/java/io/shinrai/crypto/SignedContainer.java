package io.shinrai.crypto;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A signed document and its detached signature travelling as one file, laid out as an ASiC-S container (ETSI EN
 * 319 162-1): a zip whose first entry is the stored {@code mimetype}, then the document, then
 * {@code META-INF/signature.p7s}. Any zip tool opens it, so the recipient can also take the document out and check
 * the signature with other software.
 */
public record SignedContainer(String documentName, byte[] document, byte[] signature) {

    public static final String MEDIA_TYPE = "application/vnd.etsi.asic-s+zip";
    /** Disclosures are kilobytes to a few megabytes; a document larger than this is refused without inflating it. */
    public static final int MAX_DOCUMENT_BYTES = 32 << 20;

    private static final String MIMETYPE = "mimetype";
    private static final String SIGNATURE = "META-INF/signature.p7s";

    /** Why a file is not a container this reader takes. */
    public enum Problem {
        NOT_A_CONTAINER("not a signed container (a zip), or a damaged one"),
        NO_DOCUMENT("the container holds no document"),
        NO_SIGNATURE("the container holds no META-INF/signature.p7s"),
        MORE_THAN_ONE_DOCUMENT("a signed container holds exactly one document at its top level; "
                + "a signed workbook comes with its .p7s beside it"),
        TOO_LARGE("the document in the container is too large");

        private final String reason;

        Problem(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    public static final class UnusableContainerException extends Exception {

        private final Problem problem;

        UnusableContainerException(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    public SignedContainer {
        if (documentName.isBlank() || documentName.contains("/") || documentName.equals(MIMETYPE)) {
            throw new IllegalArgumentException("a document name is one plain file name, not " + documentName);
        }
    }

    public static SignedContainer sign(String documentName, byte[] document, SigningIdentity signer,
            Instant signingTime) {
        return new SignedContainer(documentName, document, DetachedSignature.sign(document, signer, signingTime));
    }

    public SignatureVerdict verify() {
        return DetachedSignature.verify(document, signature);
    }

    /** Whether a file starts like a zip, i.e. could be a container rather than a bare document. */
    public static boolean looksLikeOne(byte[] file) {
        return file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
    }

    public void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        byte[] mimetype = MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
        ZipEntry first = new ZipEntry(MIMETYPE);
        first.setMethod(ZipEntry.STORED);
        first.setSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        first.setCrc(crc.getValue());
        zip.putNextEntry(first);
        zip.write(mimetype);
        zip.putNextEntry(new ZipEntry(documentName));
        zip.write(document);
        zip.putNextEntry(new ZipEntry(SIGNATURE));
        zip.write(signature);
        zip.finish();
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory does not fail", e);
        }
        return out.toByteArray();
    }

    /**
     * Reads a container from whoever sent it: exactly one document at the top level and the signature, each read
     * no further than its limit, so a zip bomb costs at most those bytes.
     */
    public static SignedContainer read(byte[] file) throws UnusableContainerException {
        if (!looksLikeOne(file)) {
            throw new UnusableContainerException(Problem.NOT_A_CONTAINER);
        }
        String documentName = null;
        byte[] document = null;
        byte[] signature = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (entry.isDirectory() || name.equals(MIMETYPE)
                        || name.startsWith("META-INF/") && !name.equals(SIGNATURE)) {
                    continue;
                }
                if (name.equals(SIGNATURE)) {
                    signature = upTo(zip, DetachedSignature.MAX_SIGNATURE_BYTES);
                } else if (document != null || name.contains("/")) {
                    throw new UnusableContainerException(Problem.MORE_THAN_ONE_DOCUMENT);
                } else {
                    documentName = name;
                    document = upTo(zip, MAX_DOCUMENT_BYTES);
                }
            }
        } catch (IOException | IllegalArgumentException damaged) {
            // ZipInputStream reports malformed names with IllegalArgumentException
            throw new UnusableContainerException(Problem.NOT_A_CONTAINER);
        }
        if (document == null) {
            throw new UnusableContainerException(Problem.NO_DOCUMENT);
        }
        if (signature == null) {
            throw new UnusableContainerException(Problem.NO_SIGNATURE);
        }
        return new SignedContainer(documentName, document, signature);
    }

    private static byte[] upTo(InputStream entry, int limit) throws IOException, UnusableContainerException {
        byte[] bytes = entry.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new UnusableContainerException(Problem.TOO_LARGE);
        }
        return bytes;
    }
}
