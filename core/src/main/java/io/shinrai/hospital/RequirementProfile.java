package io.shinrai.hospital;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.LocalizedText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a hospital requires of the disclosures that answer one catalogue version: a rule for every item, and rules of
 * its own for single items (by ref). Written as YAML in the {@code shinrai-profile/1} format
 * (docs/profile-format.md). {@code basedOn} names the profile this one was copied from, or is null.
 */
public record RequirementProfile(
        String id,
        String version,
        LocalizedText title,
        LocalizedText description,
        String catalogueId,
        String catalogueVersion,
        ProfileReference basedOn,
        AnswerRule defaultRule,
        Map<String, AnswerRule> overrides) {

    public RequirementProfile {
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    public String key() {
        return id + "@" + version;
    }

    public boolean appliesTo(Catalogue catalogue) {
        return catalogue.id().equals(catalogueId) && catalogue.version().equals(catalogueVersion);
    }

    public AnswerRule ruleFor(String ref) {
        return overrides.getOrDefault(ref, defaultRule);
    }
}
