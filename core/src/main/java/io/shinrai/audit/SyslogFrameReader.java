package io.shinrai.audit;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a syslog TCP stream into messages (RFC 6587). A frame that starts with a digit is octet-counted
 * ("LENGTH SP MESSAGE", the framing RFC 5425 also uses); any other is non-transparent, ended by LF (or by the end of the stream, as
 * some senders close without one). The two may
 * alternate, as the RFC lets a receiver tell them apart by their first byte. An over-long octet-counted message is
 * skipped so that the next one is read; an over-long LF-terminated one is skipped up to its LF.
 */
public final class SyslogFrameReader {

    private static final int MAX_LENGTH_DIGITS = 9;

    private final InputStream in;
    private final int maxMessageBytes;

    public SyslogFrameReader(InputStream in, int maxMessageBytes) {
        this.in = in;
        this.maxMessageBytes = maxMessageBytes;
    }

    /** The next frame, or null at the end of the stream between frames. */
    public SyslogFrame next() throws IOException, MalformedSyslogException {
        int first = in.read();
        while (first == '\n' || first == '\r') {
            first = in.read();
        }
        if (first < 0) {
            return null;
        }
        return first >= '1' && first <= '9' ? octetCounted(first) : lineTerminated(first);
    }

    private SyslogFrame octetCounted(int first) throws IOException, MalformedSyslogException {
        long length = first - '0';
        int digits = 1;
        int b;
        while ((b = in.read()) >= '0' && b <= '9') {
            if (++digits > MAX_LENGTH_DIGITS) {
                throw new MalformedSyslogException("MSG-LEN has more than " + MAX_LENGTH_DIGITS + " digits");
            }
            length = length * 10 + (b - '0');
        }
        if (b != ' ') {
            throw new MalformedSyslogException(b < 0 ? "the stream ends inside MSG-LEN" : "no space after MSG-LEN");
        }
        if (length > maxMessageBytes) {
            try {
                in.skipNBytes(length);
            } catch (EOFException truncated) {
                throw new MalformedSyslogException("the stream ends inside an over-long message");
            }
            return new SyslogFrame.Oversized(length);
        }
        byte[] message = in.readNBytes((int) length);
        if (message.length < length) {
            throw new MalformedSyslogException("the stream ends after " + message.length + " of " + length + " bytes");
        }
        return new SyslogFrame.Message(message);
    }

    private SyslogFrame lineTerminated(int first) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        long length = 0;
        int b = first;
        while (b >= 0 && b != '\n') {
            if (length++ < maxMessageBytes) {
                message.write(b);
            }
            b = in.read();
        }
        if (length > maxMessageBytes) {
            return new SyslogFrame.Oversized(length);
        }
        byte[] bytes = message.toByteArray();
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new SyslogFrame.Message(end == bytes.length ? bytes : Arrays.copyOf(bytes, end));
    }
}
