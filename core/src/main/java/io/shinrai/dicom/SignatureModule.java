package io.shinrai.dicom;

import io.shinrai.dicom.DataElement.Item;
import io.shinrai.dicom.DataElement.Sequence;
import io.shinrai.dicom.DataElement.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The attributes of the Digital Signatures Macro (PS3.3 C.12.1.1.3) and the encoding of their values in the byte
 * order of the file they go into.
 */
final class SignatureModule {

    static final Tag MAC_PARAMETERS = Tag.of(0x4FFE, 0x0001);
    static final Tag DIGITAL_SIGNATURES = Tag.of(0xFFFA, 0xFFFA);
    static final Tag MAC_ID = Tag.of(0x0400, 0x0005);
    static final Tag MAC_TRANSFER_SYNTAX = Tag.of(0x0400, 0x0010);
    static final Tag MAC_ALGORITHM = Tag.of(0x0400, 0x0015);
    static final Tag DATA_ELEMENTS_SIGNED = Tag.of(0x0400, 0x0020);
    static final Tag SIGNATURE_UID = Tag.of(0x0400, 0x0100);
    static final Tag SIGNATURE_DATE_TIME = Tag.of(0x0400, 0x0105);
    static final Tag CERTIFICATE_TYPE = Tag.of(0x0400, 0x0110);
    static final Tag CERTIFICATE_OF_SIGNER = Tag.of(0x0400, 0x0115);
    static final Tag SIGNATURE = Tag.of(0x0400, 0x0120);
    static final Tag CERTIFIED_TIMESTAMP_TYPE = Tag.of(0x0400, 0x0305);
    static final Tag CERTIFIED_TIMESTAMP = Tag.of(0x0400, 0x0310);
    static final Tag PURPOSE_CODES = Tag.of(0x0400, 0x0401);
    static final Tag CODE_VALUE = Tag.of(0x0008, 0x0100);
    static final Tag CODING_SCHEME = Tag.of(0x0008, 0x0102);
    static final Tag CODE_MEANING = Tag.of(0x0008, 0x0104);
    static final String X509_CERTIFICATE = "X509_1993_SIG";
    /** Certified Timestamp Type of an RFC 3161 token. */
    static final String CMS_TIMESTAMP = "CMS_TSP";

    private final boolean bigEndian;

    SignatureModule(TransferSyntax syntax) {
        this.bigEndian = syntax.bigEndian();
    }

    /** Whether an element may be covered by a MAC: PS3.15 leaves out group lengths, the file meta information,
     * the signatures themselves, padding and delimiters, and (as DCMTK does) anything whose VR is unknown. */
    static boolean signable(DataElement element) {
        Tag tag = element.tag();
        boolean excluded = tag.element() == 0 || tag.group() < 0x0008 || tag.equals(Tag.of(0x0008, 0x0001))
                || tag.group() == 0xFFFA || tag.equals(MAC_PARAMETERS) || tag.equals(Tag.of(0xFFFC, 0xFFFC))
                || tag.group() == 0xFFFE;
        return !excluded && !containsUnknownVr(element);
    }

    private static boolean containsUnknownVr(DataElement element) {
        if (element.vr() == Vr.UN) {
            return true;
        }
        return element instanceof Sequence sequence && sequence.items().stream()
                .flatMap(item -> item.attributes().elements().stream())
                .anyMatch(SignatureModule::containsUnknownVr);
    }

    /** The elements of a Digital Signatures Sequence item that take part in its MAC. */
    static boolean inMacOfSignatureItem(DataElement element) {
        Tag tag = element.tag();
        return !tag.equals(CERTIFICATE_OF_SIGNER) && !tag.equals(SIGNATURE) && !tag.equals(CERTIFIED_TIMESTAMP_TYPE)
                && !tag.equals(CERTIFIED_TIMESTAMP);
    }

    Value unsignedShort(Tag tag, int number) {
        return new Value(tag, Vr.US, bigEndian ? new byte[] {(byte) (number >>> 8), (byte) number}
                : new byte[] {(byte) number, (byte) (number >>> 8)});
    }

    Value tags(Tag tag, List<Tag> tags) {
        byte[] bytes = new byte[tags.size() * 4];
        for (int i = 0; i < tags.size(); i++) {
            putUnsignedShort(bytes, i * 4, tags.get(i).group());
            putUnsignedShort(bytes, i * 4 + 2, tags.get(i).element());
        }
        return new Value(tag, Vr.AT, bytes);
    }

    static Value text(Tag tag, Vr vr, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length % 2 == 1) {
            bytes = Arrays.copyOf(bytes, bytes.length + 1);
            bytes[bytes.length - 1] = vr == Vr.UI ? 0 : (byte) ' ';
        }
        return new Value(tag, vr, bytes);
    }

    static Value bytes(Tag tag, byte[] bytes) {
        byte[] even = bytes.length % 2 == 0 ? bytes : Arrays.copyOf(bytes, bytes.length + 1);
        return new Value(tag, Vr.OB, even);
    }

    Sequence purposes(SignaturePurpose purpose) {
        Attributes code = new Attributes(List.of(text(CODE_VALUE, Vr.SH, purpose.code()),
                text(CODING_SCHEME, Vr.SH, SignaturePurpose.CODING_SCHEME),
                text(CODE_MEANING, Vr.LO, purpose.meaning())));
        return new Sequence(PURPOSE_CODES, Vr.SQ, false, List.of(new Item(code, false)));
    }

    Optional<Integer> unsignedShort(Attributes attributes, Tag tag) {
        return attributes.get(tag).filter(Value.class::isInstance).map(element -> ((Value) element).bytes())
                .filter(bytes -> bytes.length >= 2).map(bytes -> unsignedShortAt(bytes, 0));
    }

    List<Tag> tags(Attributes attributes, Tag tag) {
        List<Tag> tags = new ArrayList<>();
        attributes.get(tag).filter(Value.class::isInstance).map(element -> ((Value) element).bytes())
                .ifPresent(bytes -> {
                    for (int at = 0; at + 4 <= bytes.length; at += 4) {
                        tags.add(Tag.of(unsignedShortAt(bytes, at), unsignedShortAt(bytes, at + 2)));
                    }
                });
        return tags;
    }

    static Optional<byte[]> bytes(Attributes attributes, Tag tag) {
        return attributes.get(tag).filter(Value.class::isInstance).map(element -> ((Value) element).bytes());
    }

    /** Items of a sequence in these attributes, none when it is absent or not a sequence. */
    static List<Item> items(Attributes attributes, Tag tag) {
        return attributes.get(tag).filter(Sequence.class::isInstance).map(element -> ((Sequence) element).items())
                .orElse(List.of());
    }

    private int unsignedShortAt(byte[] bytes, int at) {
        int first = bytes[at] & 0xFF;
        int second = bytes[at + 1] & 0xFF;
        return bigEndian ? first << 8 | second : second << 8 | first;
    }

    private void putUnsignedShort(byte[] bytes, int at, int value) {
        bytes[at + (bigEndian ? 1 : 0)] = (byte) value;
        bytes[at + (bigEndian ? 0 : 1)] = (byte) (value >>> 8);
    }
}
