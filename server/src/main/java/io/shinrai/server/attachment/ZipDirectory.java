package io.shinrai.server.attachment;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The entry names of a zip file, read from its central directory. Nothing is inflated, so a zip bomb sent as a
 * workbook costs no more to recognise than any other file.
 */
final class ZipDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int ENTRY_SIZE = 46;

    private ZipDirectory() {
    }

    /** The names, or none when the directory is not where a well-formed zip file keeps it. */
    static Set<String> names(byte[] zip) {
        int end = endRecord(zip);
        if (end < 0) {
            return Set.of();
        }
        int count = u16(zip, end + 10);
        long at = u32(zip, end + 16);
        Set<String> names = new HashSet<>();
        for (int entry = 0; entry < count; entry++) {
            if (at + ENTRY_SIZE > zip.length || u32(zip, (int) at) != ENTRY_SIGNATURE) {
                return Set.of();
            }
            int start = (int) at;
            int nameLength = u16(zip, start + 28);
            if (start + ENTRY_SIZE + nameLength > zip.length) {
                return Set.of();
            }
            names.add(new String(zip, start + ENTRY_SIZE, nameLength, StandardCharsets.UTF_8));
            at = start + ENTRY_SIZE + nameLength + u16(zip, start + 30) + u16(zip, start + 32);
        }
        return names;
    }

    /** The end record sits at the end, after a comment of up to 64 KiB. */
    private static int endRecord(byte[] zip) {
        for (int at = zip.length - END_SIZE; at >= 0 && at >= zip.length - END_SIZE - 0xffff; at--) {
            if (u32(zip, at) == END_SIGNATURE) {
                return at;
            }
        }
        return -1;
    }

    private static int u16(byte[] data, int at) {
        return (data[at] & 0xff) | (data[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] data, int at) {
        return (u16(data, at) | (long) u16(data, at + 2) << 16);
    }
}
