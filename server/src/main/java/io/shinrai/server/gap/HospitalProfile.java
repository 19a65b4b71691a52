package io.shinrai.server.gap;

import io.shinrai.hospital.RequirementProfile;
import java.time.Instant;

/** One version of a hospital's own requirement profile: the YAML it was saved as, read, and who saved it when. */
public record HospitalProfile(RequirementProfile profile, String yaml, Instant savedAt, String savedByName) {

    public int version() {
        return Integer.parseInt(profile.version());
    }
}
