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

    /** The version a copy starts at. */
    public static final String FIRST_VERSION = "1";

    public RequirementProfile {
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    public String key() {
        return id + "@" + version;
    }

    public ProfileReference reference() {
        return new ProfileReference(id, version);
    }

    public boolean appliesTo(Catalogue catalogue) {
        return catalogue.id().equals(catalogueId) && catalogue.version().equals(catalogueVersion);
    }

    public AnswerRule ruleFor(String ref) {
        return overrides.getOrDefault(ref, defaultRule);
    }

    /**
     * A copy for a hospital to edit: same rules, a new id and title, version {@value #FIRST_VERSION}, and
     * {@code basedOn} naming this profile.
     */
    public RequirementProfile copyAs(String newId, LocalizedText newTitle) {
        return new RequirementProfile(newId, FIRST_VERSION, newTitle, description, catalogueId, catalogueVersion,
                reference(), defaultRule, overrides);
    }

    public RequirementProfile withDefaultRule(AnswerRule rule) {
        return new RequirementProfile(id, version, title, description, catalogueId, catalogueVersion, basedOn, rule,
                overrides);
    }

    public RequirementProfile withOverride(String ref, AnswerRule rule) {
        Map<String, AnswerRule> changed = new LinkedHashMap<>(overrides);
        changed.put(ref, rule);
        return withOverrides(changed);
    }

    /** The item follows the default rule again. */
    public RequirementProfile withoutOverride(String ref) {
        Map<String, AnswerRule> changed = new LinkedHashMap<>(overrides);
        changed.remove(ref);
        return withOverrides(changed);
    }

    private RequirementProfile withOverrides(Map<String, AnswerRule> changed) {
        return new RequirementProfile(id, version, title, description, catalogueId, catalogueVersion, basedOn,
                defaultRule, changed);
    }
}
