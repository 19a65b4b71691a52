package io.shinrai.server.riskassessment;

import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.disclosure.Disclosures;
import io.shinrai.server.disclosure.StoredDisclosure;
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

    /** The catalogue of the remote-service security disclosure (RSS-SDS). */
    static final String RSS_SDS = "rss-sds";

    private final RemoteServiceRepository repository;
    private final Disclosures disclosures;
    private final ActivityLog activity;
    private final Clock clock;

    RemoteServices(RemoteServiceRepository repository, Disclosures disclosures, ActivityLog activity, Clock clock) {
        this.repository = repository;
        this.disclosures = disclosures;
        this.activity = activity;
        this.clock = clock;
    }

    public List<RemoteService> of(UUID organisationId) {
        return repository.findByOrganisation(organisationId);
    }

    public RemoteService get(UUID organisationId, UUID id) {
        return repository.find(organisationId, id).orElseThrow(NotFoundException::new);
    }

    /**
     * Names the RSS-SDS disclosure that speaks for the service, by its series so that later revisions do too; null
     * takes the link away.
     */
    @Transactional
    public void linkDisclosure(UUID organisationId, UUID serviceId, UUID disclosureId) {
        get(organisationId, serviceId);
        UUID series = null;
        if (disclosureId != null) {
            StoredDisclosure disclosure = disclosures.get(organisationId, disclosureId);
            if (!RSS_SDS.equals(disclosure.document().catalogueId())) {
                throw new NotFoundException();
            }
            series = disclosure.seriesId();
        }
        repository.linkDisclosure(serviceId, series);
        activity.record(organisationId, "remote-service.disclosure-linked", Target.of("remote-service", serviceId),
                null, Map.of("disclosure", disclosureId == null ? "" : disclosureId.toString()));
    }

    /** The organisation's RSS-SDS disclosures, one a service can be linked to. */
    public List<StoredDisclosure> linkableDisclosures(UUID organisationId) {
        return disclosures.of(organisationId).stream()
                .filter(disclosure -> RSS_SDS.equals(disclosure.document().catalogueId())).toList();
    }

    @Transactional
    public RemoteService register(UUID organisationId, String name) {
        RemoteService service = new RemoteService(UUID.randomUUID(), organisationId, name.strip(), null,
                clock.instant());
        repository.insert(service);
        activity.record(organisationId, "remote-service.created", Target.of("remote-service", service.id()), null,
                Map.of("name", service.name()));
        return service;
    }
}
