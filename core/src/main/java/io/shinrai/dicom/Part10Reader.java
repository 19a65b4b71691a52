package io.shinrai.dicom;

import io.shinrai.dicom.DataElement.Fragments;
import io.shinrai.dicom.DataElement.Item;
import io.shinrai.dicom.DataElement.Sequence;
import io.shinrai.dicom.DataElement.Value;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads DICOM files from bytes. Every length is checked against the bytes that remain before anything is
 * allocated for it, nesting is limited, and a deflated data set may not inflate beyond a set size, so a hostile
 * file costs at most its own size (or that limit) in memory and ends in an {@link UnreadableDicomException}.
 */
public final class Part10Reader {

    static final int MAX_NESTING = 64;
    static final long UNDEFINED_LENGTH = 0xFFFFFFFFL;
    private static final Tag PIXEL_REPRESENTATION = Tag.of(0x0028, 0x0103);
    private static final int PREAMBLE = 128;
    private static final long DEFAULT_MAX_INFLATED = 1L << 30;

    private final long maxInflatedBytes;

    public Part10Reader() {
        this(DEFAULT_MAX_INFLATED);
    }

    public Part10Reader(long maxInflatedBytes) {
        this.maxInflatedBytes = maxInflatedBytes;
    }

    public Part10File read(byte[] file) throws UnreadableDicomException {
        if (file.length < PREAMBLE + 4
                || !"DICM".equals(new String(file, PREAMBLE, 4, StandardCharsets.US_ASCII))) {
            throw new UnreadableDicomException("not a DICOM file: no \"DICM\" after the 128-byte preamble");
        }
        Decoder metaDecoder = new Decoder(file, TransferSyntax.EXPLICIT_LITTLE, PREAMBLE + 4);
        Attributes meta = metaDecoder.readMeta();
        String uid = meta.text(Tag.TRANSFER_SYNTAX_UID).orElseThrow(() -> new UnreadableDicomException(
                "the file meta information has no Transfer Syntax UID (0002,0010)"));
        TransferSyntax syntax = TransferSyntax.of(uid);
        byte[] body = file;
        int start = metaDecoder.position;
        if (syntax.deflated()) {
            body = inflate(file, start);
            start = 0;
        }
        Decoder decoder = new Decoder(body, syntax, start);
        Attributes dataSet = decoder.readElements(body.length, false, 0);
        return new Part10File(Arrays.copyOf(file, PREAMBLE), meta, syntax, dataSet);
    }

    private byte[] inflate(byte[] file, int start) throws UnreadableDicomException {
        Inflater inflater = new Inflater(true);
        inflater.setInput(file, start, file.length - start);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            while (!inflater.finished()) {
                int count = inflater.inflate(buffer);
                if (count == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new UnreadableDicomException("the deflated data set ends early");
                }
                if (out.size() + (long) count > maxInflatedBytes) {
                    throw new UnreadableDicomException(
                            "the deflated data set inflates beyond " + maxInflatedBytes + " bytes");
                }
                out.write(buffer, 0, count);
            }
        } catch (DataFormatException e) {
            throw new UnreadableDicomException("the deflated data set is damaged: " + e.getMessage());
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    private static final class Decoder {

        private final byte[] bytes;
        private final TransferSyntax syntax;
        private int position;
        /** Pixel Representation 1 so far: the US-or-SS attributes of an Implicit VR file are then SS. */
        private boolean signedPixels;

        Decoder(byte[] bytes, TransferSyntax syntax, int position) {
            this.bytes = bytes;
            this.syntax = syntax;
            this.position = position;
        }

        Attributes readMeta() throws UnreadableDicomException {
            List<DataElement> elements = new ArrayList<>();
            while (bytes.length - position >= 2 && uint16At(position) == 0x0002) {
                elements.add(readElement(bytes.length, 0));
            }
            return new Attributes(elements);
        }

        /** Reads elements up to {@code end}, or up to an item delimitation when {@code delimited}. */
        Attributes readElements(int end, boolean delimited, int depth) throws UnreadableDicomException {
            List<DataElement> elements = new ArrayList<>();
            while (position < end) {
                if (delimited && peekTag(end).equals(Tag.ITEM_DELIMITATION)) {
                    position += 4;
                    expectZeroLength(end, "item delimitation");
                    return new Attributes(elements);
                }
                elements.add(readElement(end, depth));
            }
            if (delimited) {
                throw new UnreadableDicomException("an item of undefined length has no item delimitation before "
                        + "offset " + end);
            }
            return new Attributes(elements);
        }

        private DataElement readElement(int end, int depth) throws UnreadableDicomException {
            int start = position;
            Tag tag = readTag(end);
            if (tag.group() == 0xFFFE) {
                throw new UnreadableDicomException("unexpected " + tag + " at offset " + start + " outside a sequence");
            }
            Vr vr = Vr.UN;
            long length;
            if (syntax.explicitVr()) {
                need(end, 2);
                vr = Vr.fromCode(bytes[position], bytes[position + 1]).orElseThrow(() ->
                        new UnreadableDicomException("element " + tag + " at offset " + start
                                + " has an unknown value representation"));
                position += 2;
                if (vr.longHeader()) {
                    need(end, 2);
                    position += 2;
                    length = uint32(end);
                } else {
                    length = uint16(end);
                }
            } else {
                vr = AttributeRegistry.vrOf(tag, signedPixels);
                length = uint32(end);
            }
            if (length == UNDEFINED_LENGTH) {
                if (tag.equals(Tag.PIXEL_DATA) && syntax.explicitVr() && (vr == Vr.OB || vr == Vr.OW)) {
                    return new Fragments(tag, vr, readFragments(end));
                }
                if (vr == Vr.SQ || !syntax.explicitVr()) {
                    return new Sequence(tag, Vr.SQ, true, readItems(end, true, depth));
                }
                throw new UnreadableDicomException("element " + tag + " at offset " + start + " (" + vr
                        + ") has an undefined length, which only sequences and encapsulated pixel data may have");
            }
            int valueEnd = within(end, length, "element " + tag, start);
            if (vr == Vr.SQ) {
                return new Sequence(tag, vr, false, readItems(valueEnd, false, depth));
            }
            byte[] value = Arrays.copyOfRange(bytes, position, valueEnd);
            position = valueEnd;
            if (tag.equals(PIXEL_REPRESENTATION) && value.length >= 2) {
                signedPixels = (syntax.bigEndian() ? value[1] : value[0]) == 1;
            }
            return new Value(tag, vr, value);
        }

        private List<Item> readItems(int end, boolean delimited, int depth) throws UnreadableDicomException {
            if (depth >= MAX_NESTING) {
                throw new UnreadableDicomException("sequences are nested deeper than " + MAX_NESTING + " levels");
            }
            List<Item> items = new ArrayList<>();
            while (delimited || position < end) {
                int start = position;
                Tag tag = readTag(end);
                long length = uint32(end);
                if (tag.equals(Tag.SEQUENCE_DELIMITATION) && delimited) {
                    return items;
                }
                if (!tag.equals(Tag.ITEM)) {
                    throw new UnreadableDicomException("expected an item at offset " + start + ", found " + tag);
                }
                if (length == UNDEFINED_LENGTH) {
                    items.add(new Item(readElements(end, true, depth + 1), true));
                } else {
                    int itemEnd = within(end, length, "item", start);
                    items.add(new Item(readElements(itemEnd, false, depth + 1), false));
                    if (position != itemEnd) {
                        throw new UnreadableDicomException("the item at offset " + start
                                + " does not end where its length says");
                    }
                }
            }
            return items;
        }

        private List<byte[]> readFragments(int end) throws UnreadableDicomException {
            List<byte[]> fragments = new ArrayList<>();
            while (true) {
                int start = position;
                Tag tag = readTag(end);
                long length = uint32(end);
                if (tag.equals(Tag.SEQUENCE_DELIMITATION)) {
                    return fragments;
                }
                if (!tag.equals(Tag.ITEM) || length == UNDEFINED_LENGTH) {
                    throw new UnreadableDicomException("expected a pixel data fragment at offset " + start);
                }
                int fragmentEnd = within(end, length, "pixel data fragment", start);
                fragments.add(Arrays.copyOfRange(bytes, position, fragmentEnd));
                position = fragmentEnd;
            }
        }

        private void expectZeroLength(int end, String what) throws UnreadableDicomException {
            if (uint32(end) != 0) {
                throw new UnreadableDicomException("the " + what + " before offset " + position
                        + " has a length other than 0");
            }
        }

        private int within(int end, long length, String what, int start) throws UnreadableDicomException {
            if (length > end - position) {
                throw new UnreadableDicomException(what + " at offset " + start + " claims " + length
                        + " bytes but only " + (end - position) + " remain");
            }
            return position + (int) length;
        }

        private Tag peekTag(int end) throws UnreadableDicomException {
            int start = position;
            Tag tag = readTag(end);
            position = start;
            return tag;
        }

        private Tag readTag(int end) throws UnreadableDicomException {
            int group = uint16(end);
            int element = uint16(end);
            return Tag.of(group, element);
        }

        private int uint16(int end) throws UnreadableDicomException {
            need(end, 2);
            int value = uint16At(position);
            position += 2;
            return value;
        }

        private int uint16At(int at) {
            int first = bytes[at] & 0xFF;
            int second = bytes[at + 1] & 0xFF;
            return syntax.bigEndian() ? first << 8 | second : second << 8 | first;
        }

        private long uint32(int end) throws UnreadableDicomException {
            long first = uint16(end);
            long second = uint16(end);
            return syntax.bigEndian() ? first << 16 | second : second << 16 | first;
        }

        private void need(int end, int count) throws UnreadableDicomException {
            if (end - position < count) {
                throw new UnreadableDicomException("the data ends at offset " + end + " in the middle of an element");
            }
        }
    }
}
