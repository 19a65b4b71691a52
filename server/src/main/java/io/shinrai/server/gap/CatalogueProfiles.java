package io.shinrai.server.gap;

import io.shinrai.catalog.Catalogue;
import io.shinrai.hospital.RequirementProfile;
import java.util.List;
import java.util.Map;

/**
 * For one catalogue, the profiles a hospital can choose and the one that applies to its systems of each
 * criticality (none for a catalogue of the installation's without built-in profiles, until the hospital chooses).
 */
public record CatalogueProfiles(Catalogue catalogue, List<ProfileOption> options,
                                Map<Criticality, RequirementProfile> applied) {
}
