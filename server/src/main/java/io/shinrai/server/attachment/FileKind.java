package io.shinrai.server.attachment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file people may attach, recognised by their content. The name must also end as the kind's files do,
 * so that a file saved from the platform opens in the program its name promises.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    TEXT("text/plain", "txt"),
    CSV("text/csv", "csv");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** Text as Japanese offices write it: UTF-8, or Shift_JIS as Excel saves CSV. */
    private static final List<Charset> TEXT_ENCODINGS = List.of(StandardCharsets.UTF_8, Charset.forName("windows-31j"));

    private final String mediaType;
    private final List<String> extensions;

    FileKind(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** What the content is, if it is a kind that may be attached and the file's name says the same. */
    public static Optional<FileKind> of(byte[] content, String fileName) {
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return byContent(content, extension).filter(kind -> kind.extensions.contains(extension));
    }

    private static Optional<FileKind> byContent(byte[] content, String extension) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            Set<String> parts = ZipDirectory.names(content);
            if (parts.contains("[Content_Types].xml") && parts.contains("xl/workbook.xml")) {
                return Optional.of(XLSX);
            }
            if (parts.contains("[Content_Types].xml") && parts.contains("word/document.xml")) {
                return Optional.of(DOCX);
            }
            return Optional.empty();
        }
        if (isText(content)) {
            return Optional.of(extension.equals("csv") ? CSV : TEXT);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean isText(byte[] content) {
        for (Charset encoding : TEXT_ENCODINGS) {
            try {
                String text = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
                return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
            } catch (CharacterCodingException notThisEncoding) {
                // try the next one
            }
        }
        return false;
    }
}
