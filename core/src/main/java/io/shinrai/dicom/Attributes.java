package io.shinrai.dicom;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The data elements of a data set or of an item, in the order the file holds them. */
public record Attributes(List<DataElement> elements) {

    public Attributes {
        elements = List.copyOf(elements);
    }

    public Optional<DataElement> get(Tag tag) {
        return elements.stream().filter(element -> element.tag().equals(tag)).findFirst();
    }

    /** The value as text, without the padding DICOM adds to reach an even length. */
    public Optional<String> text(Tag tag) {
        return get(tag).filter(DataElement.Value.class::isInstance)
                .map(element -> new String(((DataElement.Value) element).bytes(), StandardCharsets.ISO_8859_1))
                .map(text -> text.replaceAll("[\\s\\x00]+$", "").stripLeading());
    }

    /** These attributes with the element put in tag order, replacing one with the same tag. */
    public Attributes with(DataElement element) {
        List<DataElement> changed = new ArrayList<>(elements.size() + 1);
        boolean placed = false;
        for (DataElement existing : elements) {
            int order = existing.tag().compareTo(element.tag());
            if (!placed && order >= 0) {
                changed.add(element);
                placed = true;
                if (order == 0) {
                    continue;
                }
            }
            changed.add(existing);
        }
        if (!placed) {
            changed.add(element);
        }
        return new Attributes(changed);
    }

    public Attributes without(Tag tag) {
        return new Attributes(elements.stream().filter(element -> !element.tag().equals(tag)).toList());
    }
}
