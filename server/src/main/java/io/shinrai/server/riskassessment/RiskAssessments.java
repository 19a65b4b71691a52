package io.shinrai.server.riskassessment;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.disclosure.excel.UnreadableWorkbookException;
import io.shinrai.risk.Assessment;
import io.shinrai.risk.AssessmentReader;
import io.shinrai.risk.AssessmentState;
import io.shinrai.risk.AssessmentVocabulary;
import io.shinrai.risk.RiskRow;
import io.shinrai.risk.excel.RiskWorkbookReader;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.security.ShinraiPrincipal;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk assessments of remote services through their review: a draft is edited row by row (core checks every level
 * and name), submitted, then accepted or rejected; an accepted version is frozen and a change to it is a new version.
 * Every refusal is an {@link io.shinrai.risk.InvalidRiskDataException} with core's message in Japanese and English.
 */
@Service
public class RiskAssessments {

    /** What a new assessment can start from besides nothing: the template and the worked samples, by file name. */
    private static final List<String> STARTING_POINTS = List.of("template-remote-maintenance", "sample-ct-ip-vpn",
            "sample-ct-tls");

    private final AssessmentRepository repository;
    private final RemoteServices services;
    private final RiskMethods methods;
    private final RiskCatalogues catalogues;
    private final AssessmentVocabulary vocabulary;
    private final Map<String, Assessment> startingPoints = new LinkedHashMap<>();
    private final ActivityLog activity;
    private final Clock clock;

    RiskAssessments(AssessmentRepository repository, RemoteServices services, RiskMethods methods,
                    RiskCatalogues catalogues, AssessmentVocabulary vocabulary, AssessmentReader reader,
                    ActivityLog activity, Clock clock) {
        this.repository = repository;
        this.services = services;
        this.methods = methods;
        this.catalogues = catalogues;
        this.vocabulary = vocabulary;
        this.activity = activity;
        this.clock = clock;
        for (String name : STARTING_POINTS) {
            try (InputStream in = RiskAssessments.class.getResourceAsStream("/risk/assessments/" + name + ".yaml")) {
                startingPoints.put(name, reader.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public StoredAssessment get(UUID organisationId, UUID id) {
        return repository.find(organisationId, id).orElseThrow(NotFoundException::new);
    }

    /** Every version of every assessment of a service, each assessment's latest version first. */
    public List<StoredAssessment> of(UUID organisationId, UUID serviceId) {
        return repository.findByService(organisationId, serviceId);
    }

    /** The template and the worked samples, by the name a form sends. */
    public Map<String, Assessment> startingPoints() {
        return Collections.unmodifiableMap(startingPoints);
    }

    /**
     * A new assessment with frozen copies of the chosen method and catalogue, started with the rows and declarations
     * of the template or a worked sample (whose levels fit any scale of 3 or more), or empty. A starting point that
     * names an asset, threat or vulnerability the catalogue does not have is refused, naming each.
     *
     * @param catalogueChoice as {@link RiskCatalogues#choices} name them; null for the organisation's default
     * @param hospitalId      null when the vendor assesses alone
     * @param startFrom       a name of {@link #startingPoints()}, or null to start empty
     */
    @Transactional
    public StoredAssessment start(UUID organisationId, UUID serviceId, String methodChoice, String catalogueChoice,
                                  UUID hospitalId, String startFrom) {
        Assessment start = startFrom == null ? null : startingPoints.get(startFrom);
        if (startFrom != null && start == null) {
            throw new NotFoundException();
        }
        RemoteService service = services.get(organisationId, serviceId);
        String key = "RA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Assessment assessment = new Assessment(key, 1, new LocalizedText(service.name(), service.name()),
                service.id().toString(), hospitalId == null ? null : hospitalId.toString(),
                methods.choose(organisationId, methodChoice), catalogues.choose(organisationId,
                catalogueChoice == null ? catalogues.defaultChoice(organisationId) : catalogueChoice),
                AssessmentState.DRAFT, start == null ? List.of() : start.rows(),
                start == null ? Map.of() : start.notApplicable());
        vocabulary.check(assessment);
        Instant now = clock.instant();
        StoredAssessment stored = new StoredAssessment(UUID.randomUUID(), organisationId, serviceId, hospitalId,
                UUID.randomUUID(), assessment, now, now, null, null, null, null);
        repository.insert(stored);
        activity.record(organisationId, "risk-assessment.created", Target.of("risk-assessment", stored.id()), null,
                Map.of("assessment", key, "method", assessment.method().id() + "@" + assessment.method().version(),
                        "catalogue", assessment.catalogue().id() + "@" + assessment.catalogue().version()));
        return stored;
    }

    /** Puts a row in place of the one with {@code replacing} as id, or adds it when {@code replacing} is null. */
    @Transactional
    public StoredAssessment saveRow(UUID organisationId, UUID id, String replacing, RiskRow row) {
        StoredAssessment stored = get(organisationId, id);
        List<RiskRow> rows = new ArrayList<>(stored.assessment().rows());
        if (replacing == null) {
            rows.add(row);
        } else {
            int index = indexOf(rows, replacing);
            rows.set(index, row);
        }
        return change(stored, stored.assessment().withRows(rows), "risk-assessment.row-saved", row.id());
    }

    @Transactional
    public StoredAssessment deleteRow(UUID organisationId, UUID id, String rowId) {
        StoredAssessment stored = get(organisationId, id);
        List<RiskRow> rows = new ArrayList<>(stored.assessment().rows());
        rows.remove(indexOf(rows, rowId));
        return change(stored, stored.assessment().withRows(rows), "risk-assessment.row-deleted", rowId);
    }

    /**
     * States why an Annex A control is not applicable, for the Statement of Applicability; a null reason takes the
     * statement back. Refused for a control the risk list uses or that Annex A does not have.
     */
    @Transactional
    public StoredAssessment declareNotApplicable(UUID organisationId, UUID id, String control, LocalizedText reason) {
        StoredAssessment stored = get(organisationId, id);
        Map<String, LocalizedText> declared = new LinkedHashMap<>(stored.assessment().notApplicable());
        if (reason == null) {
            declared.remove(control);
        } else {
            declared.put(control, reason);
        }
        return change(stored, stored.assessment().withNotApplicable(declared), "risk-assessment.not-applicable",
                control);
    }

    /** Recalculates a draft under another method; refused row by row when a level does not fit its scales. */
    @Transactional
    public StoredAssessment changeMethod(UUID organisationId, UUID id, String methodChoice) {
        StoredAssessment stored = get(organisationId, id);
        Assessment changed = stored.assessment().withMethod(methods.choose(organisationId, methodChoice));
        return change(stored, changed, "risk-assessment.method-changed",
                changed.method().id() + "@" + changed.method().version());
    }

    /**
     * Takes the risk list of a workbook exported from this assessment, whole or not at all.
     *
     * @throws io.shinrai.risk.InvalidRiskDataException with every problem, each naming its row of the sheet
     */
    @Transactional
    public StoredAssessment importWorkbook(UUID organisationId, UUID id, InputStream workbook)
            throws IOException, UnreadableWorkbookException {
        StoredAssessment stored = get(organisationId, id);
        Assessment read = new RiskWorkbookReader(vocabulary).read(workbook, stored.assessment());
        return change(stored, read, "risk-assessment.imported", read.rows().size() + " rows");
    }

    /** Moves a version on in its review, recording who did it and when. */
    @Transactional
    public StoredAssessment move(UUID organisationId, UUID id, AssessmentState next, ShinraiPrincipal by) {
        StoredAssessment stored = get(organisationId, id);
        Assessment moved = stored.assessment().moveTo(next);
        Instant now = clock.instant();
        boolean submitted = next == AssessmentState.SUBMITTED;
        boolean decided = next == AssessmentState.ACCEPTED || next == AssessmentState.REJECTED;
        StoredAssessment kept = new StoredAssessment(stored.id(), organisationId, stored.serviceId(),
                stored.hospitalId(), stored.seriesId(), moved, stored.createdAt(), now,
                submitted ? by.displayName() : stored.submittedBy(), submitted ? now : stored.submittedAt(),
                decided ? by.displayName() : submitted ? null : stored.decidedBy(),
                decided ? now : submitted ? null : stored.decidedAt());
        if (!repository.move(kept, stored.state())) {
            throw new ConflictException("risk.assessment.changedMeanwhile");
        }
        activity.record(organisationId, "risk-assessment.moved", Target.of("risk-assessment", id),
                Map.of("state", stored.state().name()), Map.of("state", next.name()));
        return kept;
    }

    /** The way to change an accepted version: a draft numbered after the series' latest, with the same content. */
    @Transactional
    public StoredAssessment nextVersion(UUID organisationId, UUID id) {
        StoredAssessment stored = get(organisationId, id);
        Assessment from = stored.assessment();
        Assessment next = new Assessment(from.id(), repository.latestVersion(stored.seriesId()) + 1, from.title(),
                from.service(), from.hospital(), from.method(), from.catalogue(), AssessmentState.DRAFT, from.rows(),
                from.notApplicable());
        Instant now = clock.instant();
        StoredAssessment kept = new StoredAssessment(UUID.randomUUID(), organisationId, stored.serviceId(),
                stored.hospitalId(), stored.seriesId(), next, now, now, null, null, null, null);
        repository.insert(kept);
        activity.record(organisationId, "risk-assessment.new-version", Target.of("risk-assessment", kept.id()),
                Map.of("version", from.version()), Map.of("version", next.version()));
        return kept;
    }

    private StoredAssessment change(StoredAssessment stored, Assessment changed, String action, Object detail) {
        vocabulary.check(changed);
        Instant now = clock.instant();
        if (!repository.updateDraft(stored.id(), changed, now)) {
            throw new ConflictException("risk.assessment.changedMeanwhile");
        }
        activity.record(stored.organisationId(), action, Target.of("risk-assessment", stored.id()), null,
                Map.of("detail", detail));
        return new StoredAssessment(stored.id(), stored.organisationId(), stored.serviceId(), stored.hospitalId(),
                stored.seriesId(), changed, stored.createdAt(), now, stored.submittedBy(), stored.submittedAt(),
                stored.decidedBy(), stored.decidedAt());
    }

    private static int indexOf(List<RiskRow> rows, String rowId) {
        for (int index = 0; index < rows.size(); index++) {
            if (rows.get(index).id().equals(rowId)) {
                return index;
            }
        }
        throw new NotFoundException();
    }
}
