package io.shinrai.server.securityadvisory;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import io.shinrai.catalog.LocalizedText;
import io.shinrai.crypto.Sha256;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.organisation.OrganisationNumbers;
import io.shinrai.server.product.Products;
import io.shinrai.server.psirt.VulnerabilityReport;
import io.shinrai.server.psirt.VulnerabilityReports;
import io.shinrai.server.web.NotFoundException;
import io.shinrai.vuln.CsafAdvisory;
import io.shinrai.vuln.CsafProblem;
import io.shinrai.vuln.CsafValidator;
import io.shinrai.vuln.CvssRating;
import io.shinrai.vuln.InvalidCvssException;
import io.shinrai.vuln.VexState;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing, checking and publishing security advisories. An advisory is written and rewritten freely; each
 * publication writes it as a CSAF 2.0 document with every earlier revision in its history, and is refused unless
 * the document passes the CSAF 2.0 schema's rules and mandatory tests. Only TLP:WHITE advisories are public; the
 * others go only to the hospitals that run a version the advisory speaks of.
 */
@Service
public class SecurityAdvisories {

    /** The product statuses a team chooses from; CSAF's finer ones (first and last affected) are not offered. */
    public static final List<VexState> STATES = List.of(VexState.EXPLOITABLE, VexState.IN_TRIAGE, VexState.RESOLVED,
            VexState.NOT_AFFECTED);
    static final int LONGEST_TITLE = 200;
    static final int LONGEST_DESCRIPTION = 20_000;
    static final int LONGEST_DETAILS = 4000;
    static final int LONGEST_URL = 1000;
    static final int LONGEST_SUMMARY = 500;
    private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,}");

    /** An advisory with what its form needs: the versions to choose from and the problems publishing would meet. */
    public record Editing(SecurityAdvisory advisory, List<VersionStatement> statements, List<Revision> revisions,
                          List<Products.Versioned> versions, List<LocalizedText> problems) {

        public Optional<VersionStatement> statementOf(UUID versionId) {
            return statements.stream().filter(statement -> statement.versionId().equals(versionId)).findFirst();
        }
    }

    /** A published advisory with its first and latest publication, as indexes and hospitals list it. */
    public record Published(SecurityAdvisory advisory, Instant initialRelease, Revision latest) {

        /** The document's place in a CSAF directory: the year of its initial release, then its file name. */
        public String path() {
            return initialRelease.atZone(ZoneOffset.UTC).getYear() + "/" + advisory.fileName();
        }
    }

    private final SecurityAdvisoryRepository repository;
    private final AdvisoryDocument documents;
    private final OrganisationNumbers numbers;
    private final Products products;
    private final VulnerabilityReports reports;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecurityAdvisories(SecurityAdvisoryRepository repository, AdvisoryDocument documents,
                       OrganisationNumbers numbers, Products products, VulnerabilityReports reports,
                       ActivityLog activity, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.documents = documents;
        this.numbers = numbers;
        this.products = products;
        this.reports = reports;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    /** The organisation's advisories, newest first, each with its latest publication if it has one. */
    public Map<SecurityAdvisory, Optional<Revision>> of(UUID organisationId) {
        products.maker(organisationId);
        Map<SecurityAdvisory, Optional<Revision>> listed = new LinkedHashMap<>();
        for (SecurityAdvisory advisory : repository.ofOrganisation(organisationId)) {
            List<Revision> revisions = repository.revisionsOf(advisory.id());
            listed.put(advisory, revisions.isEmpty() ? Optional.empty()
                    : Optional.of(revisions.get(revisions.size() - 1)));
        }
        return listed;
    }

    public Editing get(UUID organisationId, UUID advisoryId) {
        SecurityAdvisory advisory = find(organisationId, advisoryId);
        List<VersionStatement> statements = repository.statementsOf(advisoryId);
        List<Revision> revisions = repository.revisionsOf(advisoryId);
        return new Editing(advisory, statements, revisions, products.allVersions(organisationId),
                problems(advisory, statements, revisions));
    }

    /** A new advisory, blank, or written from a PSIRT report: its title, description, scores and affected versions. */
    @Transactional
    public SecurityAdvisory create(UUID organisationId, UUID reportId) {
        products.maker(organisationId);
        Instant now = clock.instant();
        int number = numbers.next(organisationId, "security_advisory");
        String trackingId = SecurityAdvisory.trackingId(organisationId, now.atZone(ZoneOffset.UTC).getYear(),
                number);
        SecurityAdvisory advisory;
        List<VersionStatement> statements = List.of();
        if (reportId == null) {
            advisory = new SecurityAdvisory(UUID.randomUUID(), organisationId, number, trackingId, null,
                    CsafAdvisory.Category.SECURITY_ADVISORY, trackingId, "", null, null, null, null,
                    CsafAdvisory.Tlp.WHITE, null, now, now);
        } else {
            VulnerabilityReports.Case reported = reports.get(organisationId, reportId);
            VulnerabilityReport report = reported.report();
            advisory = new SecurityAdvisory(UUID.randomUUID(), organisationId, number, trackingId, reportId,
                    CsafAdvisory.Category.SECURITY_ADVISORY, report.title(), report.description(), null,
                    report.cvss31(), report.cvss4(), null, CsafAdvisory.Tlp.WHITE, null, now, now);
            statements = reported.affected().stream().sorted()
                    .map(versionId -> new VersionStatement(versionId, VexState.EXPLOITABLE, null)).toList();
        }
        repository.insert(advisory);
        repository.replaceStatements(advisory.id(), statements);
        activity.record(organisationId, "securityAdvisory.created", Target.of("security-advisory", advisory.id()),
                null, Map.of("trackingId", trackingId, "report", String.valueOf(reportId)));
        return advisory;
    }

    /**
     * Saves what the team wrote; a published advisory stays as published until it is published again.
     *
     * @throws RefusedAdvisoryException when something written is not what its field takes
     */
    @Transactional
    public SecurityAdvisory update(UUID organisationId, UUID advisoryId, AdvisoryDraft draft) {
        SecurityAdvisory before = find(organisationId, advisoryId);
        SecurityAdvisory after = new SecurityAdvisory(before.id(), organisationId, before.number(),
                before.trackingId(), before.reportId(), draft.category(), required(draft.title(), LONGEST_TITLE),
                required(draft.description(), LONGEST_DESCRIPTION), cve(draft.cve()),
                rating(CvssRating.Version.V3_1, draft.cvss31()), rating(CvssRating.Version.V4_0, draft.cvss4()),
                purl(draft.componentPurl()), draft.tlp(), remedy(draft), before.createdAt(), clock.instant());
        List<VersionStatement> statements = statements(organisationId, draft.versions());
        repository.update(after);
        repository.replaceStatements(advisoryId, statements);
        activity.record(organisationId, "securityAdvisory.updated", Target.of("security-advisory", advisoryId),
                Map.of("title", before.title()), Map.of("title", after.title(), "versions", statements.size()));
        return after;
    }

    /**
     * Publishes the advisory as it now stands as its next revision, and tells the hospitals that run a version it
     * says is affected.
     *
     * @throws RefusedAdvisoryException when it speaks of no version, the summary is missing, or the document fails
     *         CSAF's checks (each problem listed)
     */
    @Transactional
    public Revision publish(UUID organisationId, UUID advisoryId, String summary) {
        SecurityAdvisory advisory = find(organisationId, advisoryId);
        List<VersionStatement> statements = repository.statementsOf(advisoryId);
        if (statements.isEmpty()) {
            throw new RefusedAdvisoryException("securityAdvisory.noVersions");
        }
        List<Revision> revisions = new ArrayList<>(repository.revisionsOf(advisoryId));
        Revision next = new Revision(revisions.size() + 1, required(summary, LONGEST_SUMMARY), clock.instant(), "");
        revisions.add(next);
        byte[] document = documents.write(advisory, statements, revisions);
        List<LocalizedText> problems = CsafValidator.validate(document).stream().map(CsafProblem::message).toList();
        if (!problems.isEmpty()) {
            throw new RefusedAdvisoryException("securityAdvisory.invalid", problems);
        }
        Revision published = new Revision(next.number(), next.summary(), next.publishedAt(), Sha256.hex(document));
        repository.addRevision(advisoryId, published, document);
        activity.record(organisationId, "securityAdvisory.published", Target.of("security-advisory", advisoryId),
                null, Map.of("trackingId", advisory.trackingId(), "revision", published.number(),
                        "tlp", advisory.tlp().name()));
        events.publishEvent(new SecurityAdvisoryPublished(advisoryId, products.maker(organisationId).name(),
                advisory.trackingId(), advisory.title(), published.number(), statements.stream()
                        .filter(statement -> statement.state().affects()).map(VersionStatement::versionId)
                        .collect(Collectors.toSet())));
        return published;
    }

    /** The document as last published. */
    public byte[] document(UUID organisationId, UUID advisoryId) {
        find(organisationId, advisoryId);
        return repository.latestDocument(advisoryId).orElseThrow(NotFoundException::new);
    }

    /** The document the advisory would be if it were published now, for the team to read before it is. */
    public byte[] preview(UUID organisationId, UUID advisoryId) {
        SecurityAdvisory advisory = find(organisationId, advisoryId);
        return documents.write(advisory, repository.statementsOf(advisoryId),
                withProvisional(repository.revisionsOf(advisoryId)));
    }

    /** The publisher's TLP:WHITE advisories that have been published, for anyone: newest change first. */
    public List<Published> publicOf(UUID publisherId) {
        products.maker(publisherId);
        return published(repository.ofOrganisation(publisherId)).stream()
                .filter(published -> published.advisory().tlp() == CsafAdvisory.Tlp.WHITE).toList();
    }

    /** A published TLP:WHITE advisory by its place in the publisher's directory. */
    public Optional<Published> publicAt(UUID publisherId, String path) {
        return publicOf(publisherId).stream().filter(published -> published.path().equals(path)).findFirst();
    }

    /** Published advisories, of any TLP, that speak of any of the versions a hospital runs. */
    public List<Published> about(Collection<UUID> installedVersionIds) {
        return published(repository.publishedAbout(installedVersionIds));
    }

    /** One of the advisories {@link #about} gives a hospital that runs the versions; no other. */
    public Published receivedBy(Collection<UUID> installedVersionIds, UUID advisoryId) {
        return about(installedVersionIds).stream().filter(published -> published.advisory().id().equals(advisoryId))
                .findFirst().orElseThrow(NotFoundException::new);
    }

    /** The document of a published advisory as last published. */
    public byte[] document(Published published) {
        return repository.latestDocument(published.advisory().id()).orElseThrow();
    }

    public String namespace(UUID publisherId) {
        return documents.namespace(publisherId);
    }

    private List<Published> published(List<SecurityAdvisory> advisories) {
        List<Published> published = new ArrayList<>();
        for (SecurityAdvisory advisory : advisories) {
            List<Revision> revisions = repository.revisionsOf(advisory.id());
            if (!revisions.isEmpty()) {
                published.add(new Published(advisory, revisions.get(0).publishedAt(),
                        revisions.get(revisions.size() - 1)));
            }
        }
        published.sort((a, b) -> b.latest().publishedAt().compareTo(a.latest().publishedAt()));
        return published;
    }

    private List<LocalizedText> problems(SecurityAdvisory advisory, List<VersionStatement> statements,
                                         List<Revision> revisions) {
        if (statements.isEmpty()) {
            return List.of();
        }
        return CsafValidator.validate(documents.write(advisory, statements, withProvisional(revisions))).stream()
                .map(CsafProblem::message).toList();
    }

    private List<Revision> withProvisional(List<Revision> revisions) {
        List<Revision> provisional = new ArrayList<>(revisions);
        provisional.add(new Revision(revisions.size() + 1, "-", clock.instant(), ""));
        return provisional;
    }

    private List<VersionStatement> statements(UUID organisationId, List<VersionStatement> written) {
        Map<UUID, VersionStatement> byVersion = new LinkedHashMap<>();
        for (VersionStatement statement : written) {
            products.version(organisationId, statement.versionId());
            if (!STATES.contains(statement.state())) {
                throw new RefusedAdvisoryException("securityAdvisory.stateUnknown");
            }
            if (statement.state() == VexState.NOT_AFFECTED && statement.justification() == null) {
                throw new RefusedAdvisoryException("securityAdvisory.justificationMissing");
            }
            byVersion.put(statement.versionId(), new VersionStatement(statement.versionId(), statement.state(),
                    statement.state() == VexState.NOT_AFFECTED ? statement.justification() : null));
        }
        return List.copyOf(byVersion.values());
    }

    private SecurityAdvisory find(UUID organisationId, UUID advisoryId) {
        products.maker(organisationId);
        return repository.find(organisationId, advisoryId).orElseThrow(NotFoundException::new);
    }

    private static String required(String text, int longest) {
        if (text == null || text.isBlank()) {
            throw new RefusedAdvisoryException("securityAdvisory.missing");
        }
        return bounded(text, longest);
    }

    private static String bounded(String text, int longest) {
        if (text.strip().length() > longest) {
            throw new RefusedAdvisoryException("securityAdvisory.tooLong");
        }
        return text.strip();
    }

    private static String cve(String text) {
        String cve = blankToNull(text);
        if (cve != null && !CVE.matcher(cve).matches()) {
            throw new RefusedAdvisoryException("securityAdvisory.cveInvalid");
        }
        return cve;
    }

    private static CvssRating rating(CvssRating.Version version, String vector) {
        if (vector == null || vector.isBlank()) {
            return null;
        }
        try {
            return CvssRating.of(version, vector);
        } catch (InvalidCvssException invalid) {
            throw new RefusedAdvisoryException(version == CvssRating.Version.V4_0 ? "securityAdvisory.cvss4Invalid"
                    : "securityAdvisory.cvss31Invalid");
        }
    }

    /** A package URL without its version: the advisory speaks of the package in every version the SBOMs hold. */
    private static String purl(String text) {
        String purl = blankToNull(text);
        if (purl == null) {
            return null;
        }
        try {
            PackageURL parsed = new PackageURL(bounded(purl, LONGEST_URL));
            return new PackageURL(parsed.getType(), parsed.getNamespace(), parsed.getName(), null, null, null)
                    .canonicalize();
        } catch (MalformedPackageURLException invalid) {
            throw new RefusedAdvisoryException("securityAdvisory.purlInvalid");
        }
    }

    private static Remedy remedy(AdvisoryDraft draft) {
        if (draft.remedy() == null) {
            return null;
        }
        String url = blankToNull(draft.remedyUrl());
        if (url != null) {
            url = bounded(url, LONGEST_URL);
            URI parsed;
            try {
                parsed = URI.create(url);
            } catch (IllegalArgumentException invalid) {
                throw new RefusedAdvisoryException("securityAdvisory.urlInvalid");
            }
            if (!Set.of("http", "https").contains(String.valueOf(parsed.getScheme())) || parsed.getHost() == null) {
                throw new RefusedAdvisoryException("securityAdvisory.urlInvalid");
            }
        }
        return new Remedy(draft.remedy(), required(draft.remedyDetails(), LONGEST_DETAILS), url);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
