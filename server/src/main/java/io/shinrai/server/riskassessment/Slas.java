package io.shinrai.server.riskassessment;

import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.sla.SlaTerms;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The remote maintenance SLA terms of each service; until they are saved, the standard terms are offered. */
@Service
public class Slas {

    private final SlaRepository repository;
    private final RemoteServices services;
    private final Organisations organisations;
    private final ActivityLog activity;
    private final Clock clock;

    Slas(SlaRepository repository, RemoteServices services, Organisations organisations, ActivityLog activity,
         Clock clock) {
        this.repository = repository;
        this.services = services;
        this.organisations = organisations;
        this.activity = activity;
        this.clock = clock;
    }

    /** The saved terms, if any; a service another organisation shared is read by the caller who checked the share. */
    public Optional<SlaTerms> saved(UUID serviceId) {
        return repository.find(serviceId);
    }

    public SlaTerms termsOf(UUID organisationId, UUID serviceId) {
        RemoteService service = services.get(organisationId, serviceId);
        return repository.find(serviceId).orElseGet(() -> SlaTerms.standard(service.name(),
                organisations.get(organisationId).name()));
    }

    @Transactional
    public void save(UUID organisationId, UUID serviceId, SlaTerms terms) {
        services.get(organisationId, serviceId);
        repository.save(serviceId, terms, clock.instant());
        activity.record(organisationId, "remote-service.sla-saved", Target.of("remote-service", serviceId), null,
                terms);
    }
}
