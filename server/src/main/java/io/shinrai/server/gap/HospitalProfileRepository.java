package io.shinrai.server.gap;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.hospital.InvalidProfileException;
import io.shinrai.hospital.ProfileReader;
import io.shinrai.hospital.RequirementProfile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A hospital's own profiles, every version as its YAML, and the profile it chose per catalogue and criticality. */
@Repository
class HospitalProfileRepository {

    private final JdbcClient jdbc;
    private final ProfileReader reader;
    /**
     * A saved version never changes, so each is read from its YAML once: every gap list reads the profiles that
     * apply, and reading one checks it against its whole catalogue.
     */
    private final Map<String, RequirementProfile> read = new ConcurrentHashMap<>();

    HospitalProfileRepository(JdbcClient jdbc, CatalogueLibrary catalogues) {
        this.jdbc = jdbc;
        this.reader = new ProfileReader(catalogues);
    }

    void insert(UUID organisationId, HospitalProfile saved, UUID savedBy) {
        jdbc.sql("""
                insert into hospital_profile (organisation_id, profile_id, version, catalogue_id, catalogue_version,
                    yaml, saved_at, saved_by, saved_by_name)
                values (:org, :id, :version, :catalogue, :catalogueVersion, :yaml, :savedAt, :savedBy, :savedByName)""")
                .param("org", organisationId).param("id", saved.profile().id()).param("version", saved.version())
                .param("catalogue", saved.profile().catalogueId())
                .param("catalogueVersion", saved.profile().catalogueVersion()).param("yaml", saved.yaml())
                .param("savedAt", Timestamp.from(saved.savedAt())).param("savedBy", savedBy)
                .param("savedByName", saved.savedByName()).update();
    }

    /** Every version of one profile, the latest first. */
    List<HospitalProfile> history(UUID organisationId, String profileId) {
        return jdbc.sql("""
                select * from hospital_profile where organisation_id = :org and profile_id = :id
                order by version desc""")
                .param("org", organisationId).param("id", profileId).query((row, n) -> profile(row)).list();
    }

    Optional<HospitalProfile> latest(UUID organisationId, String profileId) {
        return jdbc.sql("""
                select * from hospital_profile where organisation_id = :org and profile_id = :id
                order by version desc limit 1""")
                .param("org", organisationId).param("id", profileId).query((row, n) -> profile(row)).optional();
    }

    /** The latest version of each of the hospital's profiles, by catalogue and id. */
    List<HospitalProfile> latestOf(UUID organisationId) {
        return jdbc.sql("""
                select p.* from hospital_profile p where p.organisation_id = :org and p.version = (
                    select max(l.version) from hospital_profile l
                    where l.organisation_id = p.organisation_id and l.profile_id = p.profile_id)
                order by p.catalogue_id, p.catalogue_version, p.profile_id""")
                .param("org", organisationId).query((row, n) -> profile(row)).list();
    }

    Optional<ProfileChoice> choice(UUID organisationId, Catalogue catalogue, Criticality criticality) {
        return jdbc.sql("""
                select profile_id, library_version from hospital_profile_choice where organisation_id = :org
                    and catalogue_id = :catalogue and catalogue_version = :catalogueVersion
                    and criticality = :criticality""")
                .param("org", organisationId).param("catalogue", catalogue.id())
                .param("catalogueVersion", catalogue.version()).param("criticality", criticality.name())
                .query((row, n) -> new ProfileChoice(row.getString("profile_id"), row.getString("library_version")))
                .optional();
    }

    /** Replaces the choice; none means the built-in profile applies again. */
    void choose(UUID organisationId, Catalogue catalogue, Criticality criticality, Optional<ProfileChoice> choice) {
        jdbc.sql("""
                delete from hospital_profile_choice where organisation_id = :org and catalogue_id = :catalogue
                    and catalogue_version = :catalogueVersion and criticality = :criticality""")
                .param("org", organisationId).param("catalogue", catalogue.id())
                .param("catalogueVersion", catalogue.version()).param("criticality", criticality.name()).update();
        choice.ifPresent(chosen -> jdbc.sql("""
                insert into hospital_profile_choice (organisation_id, catalogue_id, catalogue_version, criticality,
                    profile_id, library_version)
                values (:org, :catalogue, :catalogueVersion, :criticality, :profile, :libraryVersion)""")
                .param("org", organisationId).param("catalogue", catalogue.id())
                .param("catalogueVersion", catalogue.version()).param("criticality", criticality.name())
                .param("profile", chosen.profileId()).param("libraryVersion", chosen.libraryVersion()).update());
    }

    private HospitalProfile profile(ResultSet row) throws SQLException {
        String yaml = row.getString("yaml");
        String version = row.getObject("organisation_id", UUID.class) + "/" + row.getString("profile_id") + "@"
                + row.getInt("version");
        return new HospitalProfile(read.computeIfAbsent(version, any -> readBack(yaml, version)), yaml,
                row.getTimestamp("saved_at").toInstant(), row.getString("saved_by_name"));
    }

    /** A stored version was checked when it was saved; one that no longer reads means a catalogue was taken away. */
    private RequirementProfile readBack(String yaml, String version) {
        try {
            return reader.read(yaml, version);
        } catch (InvalidProfileException e) {
            throw new IllegalStateException("the stored profile " + version + " no longer reads", e);
        }
    }
}
