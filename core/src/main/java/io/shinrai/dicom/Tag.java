package io.shinrai.dicom;

import java.util.Locale;

/** A data element tag, group and element in one unsigned 32-bit number, ordered as DICOM orders data sets. */
public record Tag(int value) implements Comparable<Tag> {

    public static final Tag ITEM = of(0xFFFE, 0xE000);
    public static final Tag ITEM_DELIMITATION = of(0xFFFE, 0xE00D);
    public static final Tag SEQUENCE_DELIMITATION = of(0xFFFE, 0xE0DD);
    public static final Tag TRANSFER_SYNTAX_UID = of(0x0002, 0x0010);
    public static final Tag PIXEL_DATA = of(0x7FE0, 0x0010);

    public static Tag of(int group, int element) {
        return new Tag(group << 16 | element & 0xFFFF);
    }

    /** Reads "gggg,eeee", with or without parentheses. */
    public static Tag parse(String text) {
        String digits = text.strip().replace("(", "").replace(")", "");
        String[] parts = digits.split(",");
        if (parts.length != 2 || parts[0].length() != 4 || parts[1].length() != 4) {
            throw new IllegalArgumentException("not a tag (gggg,eeee): " + text);
        }
        try {
            return of(Integer.parseInt(parts[0], 16), Integer.parseInt(parts[1], 16));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a tag (gggg,eeee): " + text, e);
        }
    }

    public int group() {
        return value >>> 16;
    }

    public int element() {
        return value & 0xFFFF;
    }

    public boolean isPrivate() {
        return (group() & 1) == 1;
    }

    @Override
    public int compareTo(Tag other) {
        return Integer.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "(%04X,%04X)", group(), element());
    }
}
