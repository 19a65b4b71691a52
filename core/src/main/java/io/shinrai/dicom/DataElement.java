package io.shinrai.dicom;

import java.util.List;

/**
 * One data element as the file holds it. Values stay the bytes of the file, in its byte order, so that writing
 * the same elements back gives the same bytes.
 */
public sealed interface DataElement permits DataElement.Value, DataElement.Sequence, DataElement.Fragments {

    Tag tag();

    Vr vr();

    /** An element with its value as bytes; {@code vr} is UN when the file's transfer syntax has implicit VR. */
    record Value(Tag tag, Vr vr, byte[] bytes) implements DataElement {
    }

    /** A sequence of items, remembering whether the file gave it a length or a delimitation item. */
    record Sequence(Tag tag, Vr vr, boolean undefinedLength, List<Item> items) implements DataElement {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** Encapsulated pixel data: the basic offset table and the fragments, each as an item's bytes. */
    record Fragments(Tag tag, Vr vr, List<byte[]> fragments) implements DataElement {
        public Fragments {
            fragments = List.copyOf(fragments);
        }
    }

    /** An item of a sequence. */
    record Item(Attributes attributes, boolean undefinedLength) {
    }
}
