package io.shinrai.server.gap;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.hospital.RequirementProfile;

/** A profile a hospital can choose or copy for a catalogue, as its selectors list it. */
public record ProfileOption(ProfileChoice choice, RequirementProfile profile) {

    /** The title, marked when the profile is the hospital's own. */
    public LocalizedText label() {
        LocalizedText title = profile.title();
        return choice.own() ? new LocalizedText(title.ja() + "（自院）", title.en() + " (own)") : title;
    }
}
