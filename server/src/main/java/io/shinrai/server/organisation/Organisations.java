package io.shinrai.server.organisation;

import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating organisations (platform admins) and changing their settings (org admins). */
@Service
public class Organisations {

    private final OrganisationRepository repository;
    private final ActivityLog activity;
    private final Clock clock;

    Organisations(OrganisationRepository repository, ActivityLog activity, Clock clock) {
        this.repository = repository;
        this.activity = activity;
        this.clock = clock;
    }

    /** What a platform admin or org admin may set; the hospital flags are ignored for other kinds. */
    public record Settings(String name, boolean advancedTreatmentHospital, boolean criticalInfrastructure,
                           boolean requireTwoFactor) {
    }

    @Transactional
    public Organisation create(OrganisationKind kind, Settings settings) {
        String name = settings.name().strip();
        if (repository.existsByName(name)) {
            throw new ConflictException("organisation.nameTaken");
        }
        boolean hospital = kind == OrganisationKind.HOSPITAL;
        Organisation organisation = new Organisation(UUID.randomUUID(), name, kind,
                hospital && settings.advancedTreatmentHospital(), hospital && settings.criticalInfrastructure(),
                settings.requireTwoFactor(), clock.instant());
        repository.insert(organisation);
        activity.record(organisation.id(), "organisation.created", Target.of("organisation", organisation.id()),
                null, organisation);
        return organisation;
    }

    @Transactional
    public Organisation update(UUID id, Settings settings) {
        Organisation before = get(id);
        String name = settings.name().strip();
        if (!before.name().equalsIgnoreCase(name) && repository.existsByName(name)) {
            throw new ConflictException("organisation.nameTaken");
        }
        Organisation after = new Organisation(id, name, before.kind(),
                before.isHospital() && settings.advancedTreatmentHospital(),
                before.isHospital() && settings.criticalInfrastructure(),
                settings.requireTwoFactor(), before.createdAt());
        repository.update(after);
        activity.record(id, "organisation.updated", Target.of("organisation", id), before, after);
        return after;
    }

    public Organisation get(UUID id) {
        return repository.find(id).orElseThrow(NotFoundException::new);
    }
}
