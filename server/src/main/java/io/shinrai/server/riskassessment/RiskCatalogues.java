package io.shinrai.server.riskassessment;

import io.shinrai.risk.RiskCatalogue;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.web.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogues of assets, threats and vulnerabilities an organisation can assess with: the built-in one and its
 * own, each a copy of the built-in one or an imported file, edited term by term; and the one its new assessments start
 * with. Editing a catalogue changes no assessment, which keeps its copy.
 */
@Service
public class RiskCatalogues {

    private final RiskCatalogueRepository repository;
    private final ActivityLog activity;
    private final Clock clock;

    RiskCatalogues(RiskCatalogueRepository repository, ActivityLog activity, Clock clock) {
        this.repository = repository;
        this.activity = activity;
        this.clock = clock;
    }

    public RiskCatalogue builtIn() {
        return RiskCatalogue.remoteMaintenance();
    }

    public List<StoredCatalogue> of(UUID organisationId) {
        return repository.findByOrganisation(organisationId);
    }

    public StoredCatalogue get(UUID organisationId, UUID id) {
        return repository.find(organisationId, id).orElseThrow(NotFoundException::new);
    }

    /** The organisation's own copy of the built-in catalogue, to edit. */
    @Transactional
    public StoredCatalogue copy(UUID organisationId) {
        RiskCatalogue original = builtIn();
        UUID id = UUID.randomUUID();
        return add(organisationId, id, new RiskCatalogue("org-" + id.toString().substring(0, 8), "1",
                original.title(), original.assets(), original.threats(), original.vulnerabilities()),
                original.id());
    }

    /** A catalogue file, already read whole by core, as a new catalogue of the organisation with the file's id. */
    @Transactional
    public StoredCatalogue importFile(UUID organisationId, RiskCatalogue read) {
        return add(organisationId, UUID.randomUUID(), read, "file");
    }

    /** Keeps an edited catalogue as the next version of the organisation's one; core has checked it whole. */
    @Transactional
    public StoredCatalogue save(UUID organisationId, UUID id, RiskCatalogue edited) {
        StoredCatalogue before = get(organisationId, id);
        RiskCatalogue next = new RiskCatalogue(before.catalogue().id(),
                RiskMethods.nextVersion(before.catalogue().version()), edited.title(), edited.assets(),
                edited.threats(), edited.vulnerabilities());
        StoredCatalogue saved = new StoredCatalogue(id, organisationId, next, clock.instant());
        repository.save(saved);
        activity.record(organisationId, "risk-catalogue.edited", Target.of("risk-catalogue", id),
                Map.of("version", before.catalogue().version()), Map.of("version", next.version()));
        return saved;
    }

    /** What new assessments start with: {@code built-in:remote-maintenance} or the id of the organisation's own. */
    public String defaultChoice(UUID organisationId) {
        return repository.findDefault(organisationId).map(UUID::toString)
                .orElse(RiskMethods.BUILT_IN + builtIn().id());
    }

    @Transactional
    public void chooseDefault(UUID organisationId, String choice) {
        choose(organisationId, choice);
        repository.saveDefault(organisationId, choice.startsWith(RiskMethods.BUILT_IN) ? null : ownId(choice));
        activity.record(organisationId, "risk-catalogue.default", Target.of("organisation", organisationId), null,
                Map.of("catalogue", choice));
    }

    /** The catalogue chosen for a new assessment, as {@link #choices} name them. */
    public RiskCatalogue choose(UUID organisationId, String choice) {
        if (choice.startsWith(RiskMethods.BUILT_IN)) {
            if (!choice.equals(RiskMethods.BUILT_IN + builtIn().id())) {
                throw new NotFoundException();
            }
            return builtIn();
        }
        return get(organisationId, ownId(choice)).catalogue();
    }

    /** Every choice for a new assessment, built-in first: the value a form sends, and the catalogue. */
    public List<Map.Entry<String, RiskCatalogue>> choices(UUID organisationId) {
        List<Map.Entry<String, RiskCatalogue>> choices = new ArrayList<>();
        choices.add(Map.entry(RiskMethods.BUILT_IN + builtIn().id(), builtIn()));
        of(organisationId).forEach(stored -> choices.add(Map.entry(stored.id().toString(), stored.catalogue())));
        return choices;
    }

    private StoredCatalogue add(UUID organisationId, UUID id, RiskCatalogue catalogue, String from) {
        StoredCatalogue stored = new StoredCatalogue(id, organisationId, catalogue, clock.instant());
        repository.save(stored);
        activity.record(organisationId, "risk-catalogue.created", Target.of("risk-catalogue", id), null,
                Map.of("from", from, "catalogue", catalogue.id() + "@" + catalogue.version()));
        return stored;
    }

    private static UUID ownId(String choice) {
        try {
            return UUID.fromString(choice);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException();
        }
    }
}
