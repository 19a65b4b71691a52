package io.shinrai.dicom;

import java.util.Set;

/**
 * The RSA digital signature profiles of PS3.15 Annex C. Each asks for an RSA key and a MAC algorithm of its list,
 * and the Creator and Authorization profiles name attributes a signature must cover whenever the object has them;
 * here their principal ones (identity of the object, equipment, image pixels). Signing every element, the default,
 * covers them all; {@code NONE} is for the ECDSA and Ed25519 extension, which no profile defines yet.
 */
public enum SignatureProfile {
    NONE(false, Set.of()),
    BASE_RSA(true, Set.of()),
    CREATOR_RSA(true, Set.of(0x00080016, 0x00080018, 0x00080012, 0x00080013, 0x0020000D, 0x0020000E,
            0x00080070, 0x00080080, 0x00080081, 0x00081010, 0x00081040, 0x00081090, 0x00181000, 0x00181020,
            0x00080008, 0x00080023, 0x00080033, 0x00200013,
            0x00280002, 0x00280004, 0x00280006, 0x00280010, 0x00280011, 0x00280100, 0x00280101, 0x00280102,
            0x00280103, 0x7FE00010)),
    AUTHORIZATION_RSA(true, Set.of(0x00080016, 0x00080018, 0x0020000D, 0x0020000E,
            0x00080008, 0x00080023, 0x00080033, 0x00200013,
            0x00280002, 0x00280004, 0x00280006, 0x00280010, 0x00280011, 0x00280100, 0x00280101, 0x00280102,
            0x00280103, 0x7FE00010));

    private final boolean rsa;
    private final Set<Integer> requiredIfPresent;

    SignatureProfile(boolean rsa, Set<Integer> requiredIfPresent) {
        this.rsa = rsa;
        this.requiredIfPresent = requiredIfPresent;
    }

    public boolean requiresRsa() {
        return rsa;
    }

    public boolean requires(Tag tag) {
        return requiredIfPresent.contains(tag.value());
    }
}
