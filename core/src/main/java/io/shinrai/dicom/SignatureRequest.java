package io.shinrai.dicom;

import io.shinrai.crypto.TimeStampAuthority;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What to sign with which key: every signable element of the chosen location when {@code tags} is empty, or those
 * tags (plus what the profile requires of the object); with {@code timeStamping}, the signature also gets a
 * Certified Timestamp from that RFC 3161 authority.
 */
public record SignatureRequest(DicomSigningKey key, MacAlgorithm mac, SignatureProfile profile, List<Tag> tags,
        Location location, Optional<SignaturePurpose> purpose, Instant time,
        Optional<TimeStampAuthority> timeStamping) {

    public SignatureRequest {
        tags = List.copyOf(tags);
    }

    public SignatureRequest(DicomSigningKey key, MacAlgorithm mac, SignatureProfile profile, List<Tag> tags,
            Location location, Optional<SignaturePurpose> purpose, Instant time) {
        this(key, mac, profile, tags, location, purpose, time, Optional.empty());
    }

    public SignatureRequest timeStampedBy(TimeStampAuthority authority) {
        return new SignatureRequest(key, mac, profile, tags, location, purpose, time, Optional.of(authority));
    }

    public static SignatureRequest everything(DicomSigningKey key, Instant time) {
        return new SignatureRequest(key, MacAlgorithm.SHA256,
                key.scheme() == SignatureScheme.RSA ? SignatureProfile.BASE_RSA : SignatureProfile.NONE,
                List.of(), Location.DATA_SET, Optional.empty(), time);
    }
}
