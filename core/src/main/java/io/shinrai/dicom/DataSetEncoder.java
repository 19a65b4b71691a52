package io.shinrai.dicom;

import io.shinrai.dicom.DataElement.Fragments;
import io.shinrai.dicom.DataElement.Item;
import io.shinrai.dicom.DataElement.Sequence;
import io.shinrai.dicom.DataElement.Value;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Encodes data elements in a transfer syntax, either as a file holds them or in the form PS3.15 Annex C feeds to
 * a MAC: sequences, items and pixel data fragments without their lengths, no item delimitations, and each sequence
 * closed by the bare sequence delimitation tag. Values are turned to the target byte order word by word as their VR says.
 */
final class DataSetEncoder {

    private final OutputStream out;
    private final TransferSyntax target;
    private final boolean sourceBigEndian;
    private final boolean signatureForm;

    private DataSetEncoder(OutputStream out, TransferSyntax target, boolean sourceBigEndian, boolean signatureForm) {
        this.out = out;
        this.target = target;
        this.sourceBigEndian = sourceBigEndian;
        this.signatureForm = signatureForm;
    }

    /** Encodes as a file holds elements; values are already in the target's byte order. */
    static DataSetEncoder forFile(OutputStream out, TransferSyntax syntax) {
        return new DataSetEncoder(out, syntax, syntax.bigEndian(), false);
    }

    /** Encodes in the MAC form, explicit VR little endian, from values in the given source byte order. */
    static DataSetEncoder forMac(OutputStream out, TransferSyntax source) {
        return new DataSetEncoder(out, TransferSyntax.EXPLICIT_LITTLE, source.bigEndian(), true);
    }

    void write(Attributes attributes) {
        attributes.elements().forEach(this::write);
    }

    void write(DataElement element) {
        if (element instanceof Value value) {
            header(value.tag(), value.vr(), value.bytes().length, false);
            bytes(inTargetOrder(value));
        } else if (element instanceof Sequence sequence) {
            boolean undefined = sequence.undefinedLength() || signatureForm;
            header(sequence.tag(), Vr.SQ, undefined ? Part10Reader.UNDEFINED_LENGTH : valueLength(sequence), true);
            for (Item item : sequence.items()) {
                writeItem(item);
            }
            if (undefined) {
                delimiter(Tag.SEQUENCE_DELIMITATION);
            }
        } else if (element instanceof Fragments fragments) {
            header(fragments.tag(), fragments.vr(), Part10Reader.UNDEFINED_LENGTH, true);
            for (byte[] fragment : fragments.fragments()) {
                tag(Tag.ITEM);
                if (!signatureForm) {
                    uint32(fragment.length);
                }
                bytes(fragment);
            }
            delimiter(Tag.SEQUENCE_DELIMITATION);
        }
    }

    private void writeItem(Item item) {
        tag(Tag.ITEM);
        if (signatureForm) {
            write(item.attributes());
            return;
        }
        uint32(item.undefinedLength() ? Part10Reader.UNDEFINED_LENGTH : length(item.attributes()));
        write(item.attributes());
        if (item.undefinedLength()) {
            delimiter(Tag.ITEM_DELIMITATION);
        }
    }

    private void delimiter(Tag tag) {
        tag(tag);
        if (!signatureForm) {
            uint32(0);
        }
    }

    /** In the MAC form a sequence or encapsulated pixel data has no length field, only tag, VR and reserved bytes. */
    private void header(Tag tag, Vr vr, long length, boolean container) {
        tag(tag);
        if (!target.explicitVr()) {
            uint32(length);
            return;
        }
        bytes(vr.code());
        if (vr.longHeader()) {
            uint16(0);
            if (!(signatureForm && container)) {
                uint32(length);
            }
        } else {
            if (length > 0xFFFF) {
                throw new IllegalArgumentException("the value of " + tag + " (" + vr + ") is longer than 65535 bytes");
            }
            uint16((int) length);
        }
    }

    private byte[] inTargetOrder(Value value) {
        int width = value.vr().wordSize();
        byte[] bytes = value.bytes();
        if (sourceBigEndian == target.bigEndian() || width == 1) {
            return bytes;
        }
        byte[] swapped = bytes.clone();
        for (int start = 0; start + width <= swapped.length; start += width) {
            for (int i = 0; i < width / 2; i++) {
                byte kept = swapped[start + i];
                swapped[start + i] = swapped[start + width - 1 - i];
                swapped[start + width - 1 - i] = kept;
            }
        }
        return swapped;
    }

    private long length(Attributes attributes) {
        long total = 0;
        for (DataElement element : attributes.elements()) {
            total += headerLength(element.vr());
            if (element instanceof Value value) {
                total += value.bytes().length;
            } else if (element instanceof Sequence sequence) {
                total += valueLength(sequence) + (sequence.undefinedLength() ? 8 : 0);
            } else if (element instanceof Fragments fragments) {
                total += fragments.fragments().stream().mapToLong(fragment -> 8L + fragment.length).sum() + 8;
            }
        }
        return total;
    }

    private long valueLength(Sequence sequence) {
        long total = 0;
        for (Item item : sequence.items()) {
            total += 8 + length(item.attributes()) + (item.undefinedLength() ? 8 : 0);
        }
        return total;
    }

    private int headerLength(Vr vr) {
        return !target.explicitVr() || !vr.longHeader() ? 8 : 12;
    }

    private void tag(Tag tag) {
        uint16(tag.group());
        uint16(tag.element());
    }

    private void uint16(int value) {
        if (target.bigEndian()) {
            bytes(new byte[] {(byte) (value >>> 8), (byte) value});
        } else {
            bytes(new byte[] {(byte) value, (byte) (value >>> 8)});
        }
    }

    private void uint32(long value) {
        if (target.bigEndian()) {
            uint16((int) (value >>> 16));
            uint16((int) value);
        } else {
            uint16((int) value);
            uint16((int) (value >>> 16));
        }
    }

    private void bytes(byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
