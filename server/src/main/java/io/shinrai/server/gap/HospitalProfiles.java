package io.shinrai.server.gap;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.LocalizedText;
import io.shinrai.hospital.InvalidProfileException;
import io.shinrai.hospital.ProfileLibrary;
import io.shinrai.hospital.ProfileReader;
import io.shinrai.hospital.ProfileWriter;
import io.shinrai.hospital.RequirementProfile;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.security.ShinraiPrincipal;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hospital's own requirement profiles and its choice of profile per catalogue, for standard and for
 * critical-infrastructure systems. A profile is copied from a built-in one or one of the hospital's, edited into
 * new versions that keep the old, or read from a file; every version is written as YAML and read back before it
 * is kept, so that one set of checks (ProfileReader's) applies however it was made. Gaps are computed from the
 * choice whenever they are read, so a change here shows in every gap list at once.
 */
@Service
public class HospitalProfiles {

    private final HospitalProfileRepository repository;
    private final ProfileLibrary library;
    private final ProfileReader reader;
    private final ProfileWriter writer = new ProfileWriter();
    private final Inventory inventory;
    private final ActivityLog activity;
    private final Clock clock;

    HospitalProfiles(HospitalProfileRepository repository, ProfileLibrary library, CatalogueLibrary catalogues,
                     Inventory inventory, ActivityLog activity, Clock clock) {
        this.repository = repository;
        this.library = library;
        this.reader = new ProfileReader(catalogues);
        this.inventory = inventory;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * The profile for the hospital's systems of this criticality: its choice, else the built-in one; none only
     * for a catalogue of the installation's that has no built-in profiles and no choice.
     */
    public Optional<RequirementProfile> applied(UUID hospitalId, Catalogue catalogue, Criticality criticality) {
        return repository.choice(hospitalId, catalogue, criticality).flatMap(choice -> find(hospitalId, choice))
                .or(() -> builtIn(catalogue, criticality));
    }

    /** What the hospital can choose for a catalogue: the installation's profiles, then its own. */
    public List<ProfileOption> optionsFor(UUID hospitalId, Catalogue catalogue) {
        Stream<ProfileOption> known = library.forCatalogue(catalogue).stream()
                .map(profile -> new ProfileOption(ProfileChoice.library(profile), profile));
        Stream<ProfileOption> own = own(hospitalId).stream().map(HospitalProfile::profile)
                .filter(profile -> profile.appliesTo(catalogue))
                .map(profile -> new ProfileOption(ProfileChoice.own(profile.id()), profile));
        return Stream.concat(known, own).toList();
    }

    /** The latest version of each of the hospital's profiles. */
    public List<HospitalProfile> own(UUID hospitalId) {
        inventory.hospital(hospitalId);
        return repository.latestOf(hospitalId);
    }

    /** Every version of one of the hospital's profiles, the latest first; another's does not exist. */
    public List<HospitalProfile> history(UUID hospitalId, String profileId) {
        inventory.hospital(hospitalId);
        List<HospitalProfile> history = repository.history(hospitalId, profileId);
        if (history.isEmpty()) {
            throw new NotFoundException();
        }
        return history;
    }

    public HospitalProfile latest(UUID hospitalId, String profileId) {
        return history(hospitalId, profileId).get(0);
    }

    /** The profile a copy was made from, when it is still known: a version of the hospital's own, or a library one. */
    public Optional<RequirementProfile> basisOf(UUID hospitalId, RequirementProfile profile) {
        if (profile.basedOn() == null) {
            return Optional.empty();
        }
        return repository.history(hospitalId, profile.basedOn().id()).stream().map(HospitalProfile::profile)
                .filter(version -> version.reference().equals(profile.basedOn())).findFirst()
                .or(() -> library.find(profile.basedOn().id(), profile.basedOn().version()));
    }

    /** Applies the profile to the hospital's systems of this criticality from now on. */
    @Transactional
    public void choose(UUID hospitalId, Catalogue catalogue, Criticality criticality, ProfileChoice choice) {
        inventory.hospital(hospitalId);
        RequirementProfile chosen = find(hospitalId, choice).filter(profile -> profile.appliesTo(catalogue))
                .orElseThrow(NotFoundException::new);
        Optional<RequirementProfile> before = applied(hospitalId, catalogue, criticality);
        if (before.map(RequirementProfile::key).equals(Optional.of(chosen.key()))) {
            return;
        }
        boolean builtIn = builtIn(catalogue, criticality).map(RequirementProfile::key)
                .equals(Optional.of(chosen.key()));
        repository.choose(hospitalId, catalogue, criticality, builtIn ? Optional.empty() : Optional.of(choice));
        activity.record(hospitalId, "profile.chosen", Target.of("catalogue", catalogue.key()),
                before.map(profile -> Map.of("criticality", criticality, "profile", profile.key())).orElse(null),
                Map.of("criticality", criticality, "profile", choice.key()));
    }

    /** A copy of a built-in profile or of the hospital's own, under a new title and an id of its own. */
    @Transactional
    public HospitalProfile copy(UUID hospitalId, ProfileChoice source, LocalizedText title, ShinraiPrincipal by)
            throws InvalidProfileException {
        inventory.hospital(hospitalId);
        RequirementProfile original = find(hospitalId, source).orElseThrow(NotFoundException::new);
        return keep(hospitalId, original.copyAs(freeId(hospitalId, original.catalogueId()), title), by,
                "profile.copied");
    }

    /**
     * Keeps an edited profile as its next version.
     *
     * @param editedVersion the version the person edited; if another has been saved since, nothing is kept
     * @return the new version, or the latest one unchanged when the edit changes nothing
     */
    @Transactional
    public HospitalProfile save(UUID hospitalId, RequirementProfile edited, int editedVersion, ShinraiPrincipal by)
            throws InvalidProfileException {
        HospitalProfile latest = latest(hospitalId, edited.id());
        if (latest.version() != editedVersion) {
            throw new ConflictException("profile.changedMeanwhile");
        }
        if (writer.write(numbered(edited, latest.version())).equals(latest.yaml())) {
            return latest;
        }
        return keep(hospitalId, numbered(edited, latest.version() + 1), by, "profile.saved");
    }

    /**
     * Keeps a profile read from a file as a new profile of the hospital, at version 1. A file with any problem, or
     * whose id is already taken, is refused whole.
     */
    @Transactional
    public HospitalProfile importFile(UUID hospitalId, String fileName, byte[] file, ShinraiPrincipal by)
            throws InvalidProfileException, IOException {
        inventory.hospital(hospitalId);
        RequirementProfile read = reader.read(new ByteArrayInputStream(file), fileName);
        if (taken(hospitalId).contains(read.id())) {
            throw new InvalidProfileException(fileName, List.of(new LocalizedText(
                    "ID「" + read.id() + "」はすでに使われています。ファイルの id を別の名前にしてください。",
                    "the id \"" + read.id() + "\" is already taken; give the file another id")));
        }
        return keep(hospitalId, numbered(read, 1), by, "profile.imported");
    }

    private HospitalProfile keep(UUID hospitalId, RequirementProfile profile, ShinraiPrincipal by, String action)
            throws InvalidProfileException {
        String yaml = writer.write(profile);
        HospitalProfile kept = new HospitalProfile(reader.read(yaml, profile.key()), yaml, clock.instant(),
                by.displayName());
        try {
            repository.insert(hospitalId, kept, by.actingUserId());
        } catch (DuplicateKeyException savedMeanwhile) {
            throw new ConflictException("profile.changedMeanwhile");
        }
        activity.record(hospitalId, action, Target.of("profile", profile.id()), null,
                Map.of("profile", profile.key(), "catalogue", profile.catalogueId() + "@" + profile.catalogueVersion()));
        return kept;
    }

    private Optional<RequirementProfile> find(UUID hospitalId, ProfileChoice choice) {
        return choice.own() ? repository.latest(hospitalId, choice.profileId()).map(HospitalProfile::profile)
                : library.find(choice.profileId(), choice.libraryVersion());
    }

    private Optional<RequirementProfile> builtIn(Catalogue catalogue, Criticality criticality) {
        return criticality == Criticality.CRITICAL ? library.criticalInfrastructure(catalogue)
                : library.guidelineDefault(catalogue);
    }

    /** The ids a new profile of the hospital cannot have: its own, and the installation's, which every hospital sees. */
    private Set<String> taken(UUID hospitalId) {
        return Stream.concat(repository.latestOf(hospitalId).stream().map(HospitalProfile::profile),
                library.all().stream()).map(RequirementProfile::id).collect(Collectors.toSet());
    }

    /** The catalogue's id and the first free number, e.g. {@code jahis-mds-2}. */
    private String freeId(UUID hospitalId, String catalogueId) {
        Set<String> taken = taken(hospitalId);
        int number = 1;
        while (taken.contains(catalogueId + "-" + number)) {
            number++;
        }
        return catalogueId + "-" + number;
    }

    private static RequirementProfile numbered(RequirementProfile profile, int version) {
        return new RequirementProfile(profile.id(), String.valueOf(version), profile.title(), profile.description(),
                profile.catalogueId(), profile.catalogueVersion(), profile.basedOn(), profile.defaultRule(),
                profile.overrides());
    }
}
