package io.shinrai.dicom;

import io.shinrai.crypto.Signer;
import io.shinrai.crypto.TimeStamp;
import java.util.List;
import java.util.Optional;

/**
 * The verdict on one signature of a file, with what it covers, who made it, and what its Certified Timestamp, if
 * it has one, says.
 */
public record SignatureCheck(Location location, String uid, Outcome outcome, String reason,
        Optional<MacAlgorithm> mac, Optional<SignatureScheme> scheme, Optional<String> dateTime,
        List<Tag> signedTags, Optional<Signer> signer, Optional<TimeStamp.Verdict> timeStamp) {

    public enum Outcome {
        /** The MAC matches and the certificate leads to a trusted one and is within its validity. */
        VALID,
        /** The data changed since signing, or the signature is damaged or does not match its certificate. */
        INVALID,
        /** The signature matches its certificate, but no trusted certificate vouches for that certificate. */
        UNTRUSTED,
        /**
         * The signature matches, but its certificate is outside its period of validity now and no trusted
         * time-stamp shows that the signature was made while it was valid.
         */
        EXPIRED
    }

    public SignatureCheck {
        signedTags = List.copyOf(signedTags);
    }

    public boolean valid() {
        return outcome == Outcome.VALID;
    }
}
