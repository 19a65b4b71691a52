package io.shinrai.dicom;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Value representations (PS3.5 6.2). Each knows whether explicit VR encodings give it the long header (two reserved
 * bytes and a 32-bit length), and the width of the numbers it holds, which is what changes with the byte order.
 */
public enum Vr {
    AE(false, 1), AS(false, 1), AT(false, 2), CS(false, 1), DA(false, 1), DS(false, 1), DT(false, 1),
    FL(false, 4), FD(false, 8), IS(false, 1), LO(false, 1), LT(false, 1), OB(true, 1), OD(true, 8), OF(true, 4),
    OL(true, 4), OV(true, 8), OW(true, 2), PN(false, 1), SH(false, 1), SL(false, 4), SQ(true, 1), SS(false, 2),
    ST(false, 1), SV(true, 8), TM(false, 1), UC(true, 1), UI(false, 1), UL(false, 4), UN(true, 1), UR(true, 1),
    US(false, 2), UT(true, 1), UV(true, 8);

    private final boolean longHeader;
    private final int wordSize;

    Vr(boolean longHeader, int wordSize) {
        this.longHeader = longHeader;
        this.wordSize = wordSize;
    }

    public boolean longHeader() {
        return longHeader;
    }

    /** 1 for bytes and text; otherwise the size of the numbers whose bytes swap between the byte orders. */
    public int wordSize() {
        return wordSize;
    }

    static Optional<Vr> fromCode(byte first, byte second) {
        String code = new String(new byte[] {first, second}, StandardCharsets.US_ASCII);
        for (Vr vr : values()) {
            if (vr.name().equals(code)) {
                return Optional.of(vr);
            }
        }
        return Optional.empty();
    }

    byte[] code() {
        return name().getBytes(StandardCharsets.US_ASCII);
    }
}
