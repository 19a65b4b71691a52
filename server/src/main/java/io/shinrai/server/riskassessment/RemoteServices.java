package io.shinrai.server.riskassessment;

import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The remote maintenance services a vendor registers, to hang their assessments, SLA and RSS-SDS on. */
@Service
public class RemoteServices {

    private final RemoteServiceRepository repository;
    private final ActivityLog activity;
    private final Clock clock;

    RemoteServices(RemoteServiceRepository repository, ActivityLog activity, Clock clock) {
        this.repository = repository;
        this.activity = activity;
        this.clock = clock;
    }

    public List<RemoteService> of(UUID organisationId) {
        return repository.findByOrganisation(organisationId);
    }

    public RemoteService get(UUID organisationId, UUID id) {
        return repository.find(organisationId, id).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public RemoteService register(UUID organisationId, String name) {
        RemoteService service = new RemoteService(UUID.randomUUID(), organisationId, name.strip(), clock.instant());
        repository.insert(service);
        activity.record(organisationId, "remote-service.created", Target.of("remote-service", service.id()), null,
                Map.of("name", service.name()));
        return service;
    }
}
