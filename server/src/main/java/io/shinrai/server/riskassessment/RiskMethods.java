package io.shinrai.server.riskassessment;

import io.shinrai.risk.RiskMethod;
import io.shinrai.risk.RiskMethodLibrary;
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
 * The risk methods an organisation can assess with: the built-in ones as they are, and its own, each started as a copy
 * of a built-in one and edited in the matrix editor. Editing a method changes no assessment, which keeps its copy.
 */
@Service
public class RiskMethods {

    /** How a built-in method is named among the choices. */
    public static final String BUILT_IN = "built-in:";

    private final RiskMethodRepository repository;
    private final RiskMethodLibrary builtIn;
    private final ActivityLog activity;
    private final Clock clock;

    RiskMethods(RiskMethodRepository repository, RiskMethodLibrary builtIn, ActivityLog activity, Clock clock) {
        this.repository = repository;
        this.builtIn = builtIn;
        this.activity = activity;
        this.clock = clock;
    }

    public List<RiskMethod> builtIn() {
        return builtIn.all();
    }

    public List<StoredMethod> of(UUID organisationId) {
        return repository.findByOrganisation(organisationId);
    }

    public StoredMethod get(UUID organisationId, UUID id) {
        return repository.find(organisationId, id).orElseThrow(NotFoundException::new);
    }

    /** The method chosen for a new assessment: {@code built-in:ipa-3} or the id of the organisation's own one. */
    public RiskMethod choose(UUID organisationId, String choice) {
        if (choice.startsWith(BUILT_IN)) {
            return builtIn.find(choice.substring(BUILT_IN.length())).orElseThrow(NotFoundException::new);
        }
        try {
            return get(organisationId, UUID.fromString(choice)).method();
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException();
        }
    }

    /** The organisation's own copy of a built-in method, to edit. */
    @Transactional
    public StoredMethod copy(UUID organisationId, String builtInId) {
        RiskMethod original = builtIn.find(builtInId).orElseThrow(NotFoundException::new);
        UUID id = UUID.randomUUID();
        RiskMethod copy = new RiskMethod("org-" + id.toString().substring(0, 8), "1", original.title(),
                original.confidentiality(), original.integrity(), original.availability(), original.threat(),
                original.vulnerability(), original.formula(), original.acceptance());
        StoredMethod stored = new StoredMethod(id, organisationId, copy, clock.instant());
        repository.save(stored);
        activity.record(organisationId, "risk-method.created", Target.of("risk-method", id), null,
                Map.of("from", builtInId));
        return stored;
    }

    /** Keeps an edited method as the next version of the organisation's one; core has checked it whole. */
    @Transactional
    public StoredMethod save(UUID organisationId, UUID id, RiskMethod edited) {
        StoredMethod before = get(organisationId, id);
        RiskMethod next = new RiskMethod(before.method().id(), nextVersion(before.method().version()), edited.title(),
                edited.confidentiality(), edited.integrity(), edited.availability(), edited.threat(),
                edited.vulnerability(), edited.formula(), edited.acceptance());
        StoredMethod saved = new StoredMethod(id, organisationId, next, clock.instant());
        repository.save(saved);
        activity.record(organisationId, "risk-method.edited", Target.of("risk-method", id),
                Map.of("version", before.method().version()), Map.of("version", next.version()));
        return saved;
    }

    /** Every choice for a new assessment, built-in first: the value a form sends, and the method. */
    public List<Map.Entry<String, RiskMethod>> choices(UUID organisationId) {
        List<Map.Entry<String, RiskMethod>> choices = new ArrayList<>();
        builtIn.all().forEach(method -> choices.add(Map.entry(BUILT_IN + method.id(), method)));
        of(organisationId).forEach(stored -> choices.add(Map.entry(stored.id().toString(), stored.method())));
        return choices;
    }

    /** "2" after "1"; a version that is not a number gains a part: "2026a.1" after "2026a". */
    static String nextVersion(String version) {
        try {
            return Integer.toString(Integer.parseInt(version) + 1);
        } catch (NumberFormatException notANumber) {
            return version + ".1";
        }
    }
}
