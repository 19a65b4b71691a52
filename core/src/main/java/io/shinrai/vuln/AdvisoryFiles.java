package io.shinrai.vuln;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The advisory files a path holds: the file itself, every {@code .json} file (and {@code .xml} file, where XML is
 * read) under a folder, or every such entry of a zip archive, read one at a time so that memory stays bounded by
 * one entry. An archive is refused when an entry is larger than the reader's limit, when it holds more than
 * {@link #MAX_ENTRIES} entries, or when it inflates to more than {@link #MAX_INFLATION} times the bytes read from it
 * (a zip bomb).
 */
final class AdvisoryFiles {

    static final int MAX_ENTRIES = 1_000_000;
    static final int MAX_INFLATION = 100;
    /** Inflated bytes always allowed before the ratio counts, so that small archives of tiny files pass. */
    private static final long INFLATION_ALLOWANCE = 1 << 20;
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** What to do with one file's content; the stream ends at the file's end and fails past the limit. */
    interface EntryReader {
        void read(String name, InputStream content) throws IOException, UnreadableAdvisoryException;
    }

    private final long maxEntryBytes;
    private final boolean withXml;

    AdvisoryFiles(long maxEntryBytes) {
        this(maxEntryBytes, false);
    }

    AdvisoryFiles(long maxEntryBytes, boolean withXml) {
        this.maxEntryBytes = maxEntryBytes;
        this.withXml = withXml;
    }

    void forEach(Path path, EntryReader reader) throws IOException, UnreadableAdvisoryException {
        if (Files.isDirectory(path)) {
            forEachInFolder(path, reader);
        } else if (!Files.isRegularFile(path)) {
            throw new UnreadableAdvisoryException(AdvisoryRefusal.NOT_FOUND, path.toString(), null);
        } else if (isZip(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                forEachInArchive(path.getFileName().toString(), in, reader);
            }
        } else {
            try (InputStream in = Files.newInputStream(path)) {
                readBounded(path.toString(), in, reader);
            }
        }
    }

    void forEachInArchive(String archiveName, InputStream archive, EntryReader reader)
            throws IOException, UnreadableAdvisoryException {
        try {
            readArchive(archiveName, archive, reader);
        } catch (Refused refused) {
            throw new UnreadableAdvisoryException(refused.refusal, refused.where, null);
        } catch (IOException | IllegalArgumentException damaged) {
            // a truncated or corrupt archive ends in ZipException, EOFException, or for malformed entry names
            // IllegalArgumentException
            throw new UnreadableAdvisoryException(AdvisoryRefusal.DAMAGED_ARCHIVE, archiveName, damaged);
        }
    }

    private void readArchive(String archiveName, InputStream archive, EntryReader reader)
            throws IOException, UnreadableAdvisoryException {
        CountingInput compressed = new CountingInput(archive);
        long inflated = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(compressed)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new UnreadableAdvisoryException(AdvisoryRefusal.TOO_MANY_ENTRIES, archiveName, null);
                }
                if (entry.isDirectory() || !isAdvisoryFile(entry.getName())) {
                    continue;
                }
                String where = archiveName + "!" + entry.getName();
                BoundedInput content = new BoundedInput(zip, where, maxEntryBytes);
                read(reader, where, content);
                content.skipRest();
                inflated += content.count;
                if (inflated > INFLATION_ALLOWANCE + MAX_INFLATION * compressed.count) {
                    throw new UnreadableAdvisoryException(AdvisoryRefusal.SUSPICIOUS_ARCHIVE, where, null);
                }
            }
        }
    }

    /** Runs the reader; a streaming JSON parser wraps the stream's exceptions, which are unwrapped again here. */
    private static void read(EntryReader reader, String where, InputStream content)
            throws IOException, UnreadableAdvisoryException {
        try {
            reader.read(where, content);
        } catch (RuntimeException wrapped) {
            if (wrapped.getCause() instanceof IOException cause) {
                throw cause;
            }
            throw wrapped;
        }
    }

    private void forEachInFolder(Path folder, EntryReader reader) throws IOException, UnreadableAdvisoryException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(file -> isAdvisoryFile(file.getFileName().toString()))
                    .limit(MAX_ENTRIES + 1L).sorted().toList();
        }
        if (files.size() > MAX_ENTRIES) {
            throw new UnreadableAdvisoryException(AdvisoryRefusal.TOO_MANY_ENTRIES, folder.toString(), null);
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                readBounded(file.toString(), in, reader);
            }
        }
    }

    private void readBounded(String where, InputStream in, EntryReader reader)
            throws IOException, UnreadableAdvisoryException {
        try {
            read(reader, where, new BoundedInput(in, where, maxEntryBytes));
        } catch (Refused refused) {
            throw new UnreadableAdvisoryException(refused.refusal, refused.where, null);
        }
    }

    private boolean isAdvisoryFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || withXml && lower.endsWith(".xml");
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(ZIP.length);
            return Arrays.equals(start, ZIP);
        }
    }

    /** A limit passed while a file was being read, carried out of the reader as an IOException. */
    private static final class Refused extends IOException {
        private final AdvisoryRefusal refusal;
        private final String where;

        Refused(AdvisoryRefusal refusal, String where) {
            super(refusal.at(where).en());
            this.refusal = refusal;
            this.where = where;
        }
    }

    private static class CountingInput extends FilterInputStream {
        long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // read instead of skipping, so that every byte passes the counter
            return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
        }
    }

    /** One entry's content, failing once it passes the limit; closing it leaves the archive open. */
    private static final class BoundedInput extends CountingInput {
        private final String where;
        private final long limit;

        BoundedInput(InputStream in, String where, long limit) {
            super(in);
            this.where = where;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            check();
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, limit + 1 - count));
            check();
            return n;
        }

        private void check() throws Refused {
            if (count > limit) {
                throw new Refused(AdvisoryRefusal.TOO_LARGE, where);
            }
        }

        void skipRest() throws IOException {
            byte[] buffer = new byte[8192];
            while (read(buffer, 0, buffer.length) >= 0) {
                // counted and bounded like any other read
            }
        }

        @Override
        public void close() {
            // the archive stream goes on to the next entry
        }
    }
}
