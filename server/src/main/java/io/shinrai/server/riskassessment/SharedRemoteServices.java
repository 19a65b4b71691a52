package io.shinrai.server.riskassessment;

import io.shinrai.risk.AssessmentState;
import io.shinrai.server.disclosure.Sharing;
import io.shinrai.server.disclosure.StoredDisclosure;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.web.NotFoundException;
import io.shinrai.sla.SlaTerms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What a hospital sees of a vendor's remote service through the RSS-SDS disclosure shared with it: the latest
 * accepted version of each assessment made for it or for every hospital, and the SLA. Drafts and assessments made
 * jointly with another hospital stay with the vendor.
 */
@Service("sharedRemoteServices")
public class SharedRemoteServices {

    private final Sharing sharing;
    private final RemoteServiceRepository services;
    private final RiskAssessments assessments;
    private final SlaRepository slas;
    private final Organisations organisations;

    SharedRemoteServices(Sharing sharing, RemoteServiceRepository services, RiskAssessments assessments,
                         SlaRepository slas, Organisations organisations) {
        this.sharing = sharing;
        this.services = services;
        this.assessments = assessments;
        this.slas = slas;
        this.organisations = organisations;
    }

    /** A remote service as a hospital receives it. */
    public record Received(RemoteService service, Organisation vendor, List<StoredAssessment> accepted,
                           Optional<SlaTerms> sla) {
    }

    /** Whether a disclosure speaks for a remote service; for the disclosure page to offer the link. */
    public boolean speaksForAService(StoredDisclosure disclosure) {
        return !services.findByDisclosureSeries(disclosure.organisationId(), disclosure.seriesId()).isEmpty();
    }

    /** @throws NotFoundException unless the disclosure is shared with the hospital and speaks for a service */
    public List<Received> receivedThrough(UUID hospitalId, UUID disclosureId) {
        StoredDisclosure disclosure = sharing.received(hospitalId, disclosureId);
        List<RemoteService> linked = services.findByDisclosureSeries(disclosure.organisationId(),
                disclosure.seriesId());
        if (linked.isEmpty()) {
            throw new NotFoundException();
        }
        Organisation vendor = organisations.get(disclosure.organisationId());
        List<Received> received = new ArrayList<>();
        for (RemoteService service : linked) {
            received.add(new Received(service, vendor, accepted(service, hospitalId), slas.find(service.id())));
        }
        return received;
    }

    private List<StoredAssessment> accepted(RemoteService service, UUID hospitalId) {
        Set<UUID> seen = new HashSet<>();
        List<StoredAssessment> accepted = new ArrayList<>();
        for (StoredAssessment stored : assessments.of(service.organisationId(), service.id())) {
            boolean forThisHospital = stored.hospitalId() == null || stored.hospitalId().equals(hospitalId);
            if (stored.state() == AssessmentState.ACCEPTED && forThisHospital && seen.add(stored.seriesId())) {
                accepted.add(stored);
            }
        }
        return accepted;
    }
}
