package io.shinrai.audit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages waiting to go to another audit repository, kept on disk in the order they came until they were sent, so
 * that neither a repository that is down nor a restart loses one. The spool is a file of octet-counted frames
 * (RFC 6587) and a file holding how far it was sent; once everything is sent the frames are cleared.
 */
public final class SyslogSpool {

    /** Frames handed out at once; one repository outage can leave many waiting. */
    private static final int MAX_BATCH = 500;

    private final Path frames;
    private final Path sentUpTo;

    /** Frames read from the spool, to be marked sent once they were delivered. */
    public record Batch(List<byte[]> messages, long end) {

        public boolean isEmpty() {
            return messages.isEmpty();
        }
    }

    public SyslogSpool(Path folder) throws IOException {
        Files.createDirectories(folder);
        this.frames = folder.resolve("frames");
        this.sentUpTo = folder.resolve("sent-up-to");
        dropFrameCutShort();
    }

    /** A frame the process was writing when it stopped would swallow the next one added: it is cut off. */
    private void dropFrameCutShort() throws IOException {
        if (!Files.exists(frames)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(frames, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long whole = 0;
            SyslogFrameReader reader = new SyslogFrameReader(
                    new BufferedInputStream(Channels.newInputStream(channel)), Integer.MAX_VALUE);
            try {
                while (reader.next() instanceof SyslogFrame.Message message) {
                    whole += frameSize(message);
                }
            } catch (MalformedSyslogException cutShort) {
                channel.truncate(whole);
            }
        }
    }

    private static long frameSize(SyslogFrame.Message message) {
        int length = message.bytes().length;
        return Integer.toString(length).length() + 1 + length;
    }

    /** Keeps the message, on disk, before returning. */
    public synchronized void add(byte[] message) throws IOException {
        byte[] prefix = (message.length + " ").getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(frames, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            channel.write(new ByteBuffer[] {ByteBuffer.wrap(prefix), ByteBuffer.wrap(message)});
            channel.force(false);
        }
    }

    /** The oldest messages not yet sent, in order. */
    public synchronized Batch waiting() throws IOException {
        if (!Files.exists(frames)) {
            return new Batch(List.of(), 0);
        }
        try (FileChannel channel = FileChannel.open(frames, StandardOpenOption.READ)) {
            long position = Math.min(sentOffset(), channel.size());
            SyslogFrameReader reader = new SyslogFrameReader(
                    new BufferedInputStream(Channels.newInputStream(channel.position(position))), Integer.MAX_VALUE);
            List<byte[]> messages = new ArrayList<>();
            try {
                SyslogFrame frame;
                while (messages.size() < MAX_BATCH && (frame = reader.next()) instanceof SyslogFrame.Message message) {
                    messages.add(message.bytes());
                    position += frameSize(message);
                }
            } catch (MalformedSyslogException cutShort) {
                // being added right now by another thread of this process; handed out next time
            }
            return new Batch(messages, position);
        }
    }

    /** The batch was delivered: it is not handed out again, and when nothing is left the spool is emptied. */
    public synchronized void sent(Batch batch) throws IOException {
        long size = Files.exists(frames) ? Files.size(frames) : 0;
        if (batch.end() >= size) {
            Files.deleteIfExists(frames);
            Files.deleteIfExists(sentUpTo);
            return;
        }
        Path temporary = sentUpTo.resolveSibling("sent-up-to.new");
        Files.writeString(temporary, Long.toString(batch.end()), StandardCharsets.US_ASCII);
        Files.move(temporary, sentUpTo, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private long sentOffset() throws IOException {
        return Files.exists(sentUpTo) ? Long.parseLong(Files.readString(sentUpTo, StandardCharsets.US_ASCII).strip())
                : 0;
    }
}
