package io.shinrai.dicom;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What to sign with which key: every signable element of the chosen location when {@code tags} is empty, or those
 * tags (plus what the profile requires of the object).
 */
public record SignatureRequest(DicomSigningKey key, MacAlgorithm mac, SignatureProfile profile, List<Tag> tags,
        Location location, Optional<SignaturePurpose> purpose, Instant time) {

    public SignatureRequest {
        tags = List.copyOf(tags);
    }

    public static SignatureRequest everything(DicomSigningKey key, Instant time) {
        return new SignatureRequest(key, MacAlgorithm.SHA256,
                key.scheme() == SignatureScheme.RSA ? SignatureProfile.BASE_RSA : SignatureProfile.NONE,
                List.of(), Location.DATA_SET, Optional.empty(), time);
    }
}
