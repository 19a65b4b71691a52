package io.shinrai.dicom;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The RSA digital signature profiles of PS3.15 Annex C. Each asks for an RSA key and a MAC algorithm of its list,
 * and the Creator and Authorization profiles name attributes a signature must cover whenever the object has them;
 * here their principal ones (identity of the object, equipment, image pixels, SR content). Signing every element,
 * the default, covers them all; {@code NONE} is for the ECDSA and Ed25519 extension, which no profile defines yet.
 * The Structured Report profile signs only the main data set of an SR document.
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
            0x00280103, 0x7FE00010)),
    STRUCTURED_REPORT_RSA(true, Set.of(0x00080016, 0x0020000D, 0x0020000E,
            0x00080070, 0x00080080, 0x00080081, 0x00081010, 0x00081040, 0x00081090, 0x00181000, 0x00181020,
            0x0040A375, 0x0040A385, 0x0040A360, 0x0040A032,
            0x0040A040, 0x0040A043, 0x0040A050, 0x0040A504, 0x0040A171, 0x0040A730));

    private static final List<Tag> SR_DOCUMENT = List.of(Tag.of(0x0040, 0xA040), Tag.of(0x0040, 0xA043),
            Tag.of(0x0040, 0xA730));

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

    /** Why this profile cannot sign there, if it cannot. */
    Optional<String> refusal(Attributes target, Location location) {
        if (this != STRUCTURED_REPORT_RSA) {
            return Optional.empty();
        }
        if (!location.steps().isEmpty()) {
            return Optional.of("the Structured Report RSA profile signs the main data set only");
        }
        return SR_DOCUMENT.stream().allMatch(tag -> target.get(tag).isPresent()) ? Optional.empty()
                : Optional.of("the Structured Report RSA profile is for SR documents (Value Type, Concept Name Code "
                        + "Sequence and Content Sequence in the main data set)");
    }
}
