package io.shinrai.audit;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * One RFC 5424 syslog message: its header and the bytes of its MSG part. Header fields that the sender left out
 * (the NILVALUE "-") are null. IHE ATNA senders put a DICOM audit message in MSG with MSGID {@code IHE+RFC-3881}.
 */
public record SyslogMessage(int facility, int severity, Instant timestamp, String hostname, String appName,
        String procId, String msgId, String structuredData, byte[] msg) {

    public static final String ATNA_MSGID = "IHE+RFC-3881";

    public boolean carriesAuditMessage() {
        return ATNA_MSGID.equals(msgId);
    }

    /** The MSG part as text; RFC 5424 allows a leading byte-order mark before UTF-8 text. */
    public byte[] content() {
        boolean bom = msg.length >= 3 && (msg[0] & 0xff) == 0xEF && (msg[1] & 0xff) == 0xBB && (msg[2] & 0xff) == 0xBF;
        return bom ? Arrays.copyOfRange(msg, 3, msg.length) : msg;
    }

    public static SyslogMessage parse(byte[] frame) throws MalformedSyslogException {
        return new Scanner(frame).message();
    }

    /** Reads the header field by field; every field is ASCII, so positions in bytes are positions in text. */
    private static final class Scanner {
        private final byte[] data;
        private int position;

        Scanner(byte[] data) {
            this.data = data;
        }

        SyslogMessage message() throws MalformedSyslogException {
            int priority = priority();
            String version = field("VERSION", 32);
            if (!"1".equals(version)) {
                throw new MalformedSyslogException("not RFC 5424 (version " + version + ")");
            }
            Instant timestamp = timestamp(field("TIMESTAMP", 32));
            String hostname = nil(field("HOSTNAME", 255));
            String appName = nil(field("APP-NAME", 48));
            String procId = nil(field("PROCID", 128));
            String msgId = nil(field("MSGID", 32));
            String structuredData = structuredData();
            byte[] msg;
            if (position == data.length) {
                msg = new byte[0];
            } else if (data[position] == ' ') {
                msg = Arrays.copyOfRange(data, position + 1, data.length);
            } else {
                throw new MalformedSyslogException("no space after STRUCTURED-DATA");
            }
            return new SyslogMessage(priority >> 3, priority & 7, timestamp, hostname, appName, procId, msgId,
                    structuredData, msg);
        }

        private int priority() throws MalformedSyslogException {
            if (data.length == 0 || data[0] != '<') {
                throw new MalformedSyslogException("does not start with <PRI>");
            }
            int value = 0;
            int digits = 0;
            position = 1;
            while (position < data.length && data[position] >= '0' && data[position] <= '9' && digits < 3) {
                value = value * 10 + (data[position++] - '0');
                digits++;
            }
            if (digits == 0 || position >= data.length || data[position] != '>' || value > 191) {
                throw new MalformedSyslogException("PRI is not a number from 0 to 191 in angle brackets");
            }
            position++;
            return value;
        }

        /** A header field: printable ASCII up to the next space, which is consumed. */
        private String field(String name, int maxLength) throws MalformedSyslogException {
            int start = position;
            while (position < data.length && data[position] != ' ') {
                if (data[position] < 33 || data[position] > 126) {
                    throw new MalformedSyslogException(name + " holds a character that is not printable ASCII");
                }
                position++;
            }
            if (position == start || position - start > maxLength) {
                throw new MalformedSyslogException(name + " is empty or longer than " + maxLength);
            }
            if (position == data.length) {
                throw new MalformedSyslogException("the header ends after " + name);
            }
            String value = new String(data, start, position - start, StandardCharsets.US_ASCII);
            position++;
            return value;
        }

        /** NILVALUE or one or more [SD-ID params] elements; quoted values may hold ] and escaped quotes. */
        private String structuredData() throws MalformedSyslogException {
            int start = position;
            if (position < data.length && data[position] == '-') {
                position++;
                return null;
            }
            while (position < data.length && data[position] == '[') {
                boolean quoted = false;
                position++;
                while (true) {
                    if (position >= data.length) {
                        throw new MalformedSyslogException("STRUCTURED-DATA is not closed");
                    }
                    byte b = data[position++];
                    if (quoted && b == '\\' && position < data.length) {
                        position++;
                    } else if (b == '"') {
                        quoted = !quoted;
                    } else if (b == ']' && !quoted) {
                        break;
                    }
                }
            }
            if (position == start) {
                throw new MalformedSyslogException("STRUCTURED-DATA is neither - nor [...]");
            }
            return utf8(Arrays.copyOfRange(data, start, position));
        }

        private static String utf8(byte[] bytes) throws MalformedSyslogException {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new MalformedSyslogException("STRUCTURED-DATA is not UTF-8");
            }
        }

        private static String nil(String field) {
            return "-".equals(field) ? null : field;
        }

        private static Instant timestamp(String field) throws MalformedSyslogException {
            if ("-".equals(field)) {
                return null;
            }
            try {
                return OffsetDateTime.parse(field).toInstant();
            } catch (DateTimeParseException e) {
                throw new MalformedSyslogException("TIMESTAMP is not an RFC 3339 time: " + field);
            }
        }
    }
}
