package io.shinrai.dicom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The value representation of every attribute registered in PS3.6, which an Implicit VR file does not carry: the
 * reader needs it to find sequences of defined length, and the MAC of a signature needs it because the MAC is
 * always computed over Explicit VR. Private and unknown attributes are UN.
 */
final class AttributeRegistry {

    /** Marks the attributes that are US or SS depending on Pixel Representation. */
    private static final String US_OR_SS = "xs";
    private static final int PRIVATE_CREATOR_FIRST = 0x0010;
    private static final int PRIVATE_CREATOR_LAST = 0x00FF;

    private static final Map<Integer, String> EXACT = new HashMap<>();
    /** Repeating groups (50xx, 60xx, 7Fxx), keyed by the group's high byte and the element. */
    private static final Map<Integer, String> REPEATING_GROUPS = new HashMap<>();
    /** Repeating elements, keyed by the group and the element's high byte. */
    private static final Map<Integer, String> REPEATING_ELEMENTS = new HashMap<>();

    static {
        try (InputStream in = AttributeRegistry.class.getResourceAsStream("/dicom/attribute-vrs.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith("#")) {
                    register(line.substring(0, 4), line.substring(4, 8), line.substring(9));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the attribute registry is missing from the classpath", e);
        }
    }

    private AttributeRegistry() {
    }

    private static void register(String group, String element, String vr) {
        if (group.endsWith("xx")) {
            REPEATING_GROUPS.put(hex(group.substring(0, 2) + "00") << 16 | hex(element), vr);
        } else if (element.endsWith("xx")) {
            REPEATING_ELEMENTS.put(hex(group) << 16 | hex(element.substring(0, 2) + "00"), vr);
        } else {
            EXACT.put(hex(group) << 16 | hex(element), vr);
        }
    }

    private static int hex(String digits) {
        return Integer.parseInt(digits, 16);
    }

    /** The VR of {@code tag} in a data set whose Pixel Representation says signed ({@code true}) or unsigned. */
    static Vr vrOf(Tag tag, boolean signedPixels) {
        int group = tag.group();
        int element = tag.element();
        if (element == 0) {
            return Vr.UL;
        }
        if (tag.isPrivate()) {
            return element >= PRIVATE_CREATOR_FIRST && element <= PRIVATE_CREATOR_LAST ? Vr.LO : Vr.UN;
        }
        String vr = EXACT.get(tag.value());
        if (vr == null && group % 2 == 0) {
            vr = REPEATING_GROUPS.get((group & 0xFF00) << 16 | element);
        }
        if (vr == null) {
            vr = REPEATING_ELEMENTS.get(group << 16 | (element & 0xFF00));
        }
        if (vr == null) {
            return Vr.UN;
        }
        if (vr.equals(US_OR_SS)) {
            return signedPixels ? Vr.SS : Vr.US;
        }
        return Vr.valueOf(vr);
    }
}
