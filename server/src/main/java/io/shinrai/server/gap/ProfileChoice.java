package io.shinrai.server.gap;

import io.shinrai.hospital.RequirementProfile;

/**
 * Names a profile a hospital can apply or copy: one of its own by id, meaning its latest version, so that an edit
 * applies at once; or one the installation knows (built-in or from SHINRAI_PROFILES) by id and version. Written
 * {@code id} or {@code id@version} in forms; a profile id cannot hold '@'.
 */
public record ProfileChoice(String profileId, String libraryVersion) {

    public static ProfileChoice own(String profileId) {
        return new ProfileChoice(profileId, null);
    }

    public static ProfileChoice library(RequirementProfile profile) {
        return new ProfileChoice(profile.id(), profile.version());
    }

    public static ProfileChoice parse(String key) {
        int at = key.indexOf('@');
        return at < 0 ? own(key) : new ProfileChoice(key.substring(0, at), key.substring(at + 1));
    }

    public boolean own() {
        return libraryVersion == null;
    }

    public String key() {
        return own() ? profileId : profileId + "@" + libraryVersion;
    }
}
