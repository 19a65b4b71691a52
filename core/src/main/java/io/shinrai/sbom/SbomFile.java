package io.shinrai.sbom;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An SBOM file of any of the formats read, recognised from its first bytes (the name of an uploaded file says
 * little) and read as a stream by the reader for its format.
 */
public final class SbomFile {

    /** How much of the start of a file is looked at to recognise its format. */
    static final int HEAD = 64 * 1024;
    private static final Pattern SPDX_TAG_VALUE = Pattern.compile("(?m)^\\s*SPDXVersion\\s*:");
    private static final Pattern SPDX_3 = Pattern.compile(
            "\"@context\"\\s*:\\s*\\[?\\s*\"https://spdx\\.org/rdf/3");

    private SbomFile() {
    }

    /** Reads the file in its format; the visitor gets its parts as they come (see {@link SbomVisitor}). */
    public static SbomDocument read(InputStream in, SbomVisitor visitor) throws InvalidSbomException, IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, HEAD);
        buffered.mark(HEAD);
        byte[] head = buffered.readNBytes(HEAD);
        buffered.reset();
        if (startsWithByteOrderMark(head)) {
            buffered.skipNBytes(3);
        }
        return readerFor(detect(head)).read(buffered, visitor);
    }

    /** The format the start of a file is written in. */
    public static SbomFormat detect(byte[] head) throws InvalidSbomException {
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String start = text.stripLeading();
        if (start.startsWith("{")) {
            // before CycloneDX: SPDX 3's creation information has a specVersion too
            if (SPDX_3.matcher(text).find()) {
                return SbomFormat.SPDX_3_JSON_LD;
            }
            if (text.contains("\"bomFormat\"") || text.contains("\"specVersion\"")) {
                return SbomFormat.CYCLONEDX_JSON;
            }
            if (text.contains("\"spdxVersion\"")) {
                return SbomFormat.SPDX_JSON;
            }
        } else if (start.startsWith("<")) {
            return SbomFormat.CYCLONEDX_XML;
        } else if (SPDX_TAG_VALUE.matcher(text).find()) {
            return SbomFormat.SPDX_TAG_VALUE;
        }
        throw new InvalidSbomException(List.of(
                new SbomProblem(new ProblemPlace.WholeFile(), SbomProblem.Kind.UNRECOGNISED, "")));
    }

    public static SbomReader readerFor(SbomFormat format) {
        return switch (format) {
            case CYCLONEDX_JSON -> new CycloneDxJsonReader();
            case CYCLONEDX_XML -> new CycloneDxXmlReader();
            case SPDX_JSON -> new SpdxJsonReader();
            case SPDX_TAG_VALUE -> new SpdxTagValueReader();
            case SPDX_3_JSON_LD -> new Spdx3JsonReader();
        };
    }

    private static boolean startsWithByteOrderMark(byte[] head) {
        return head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf;
    }
}
