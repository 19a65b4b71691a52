package io.shinrai.server.disclosure;

import io.shinrai.disclosure.DisclosureCheck;
import io.shinrai.disclosure.Finding;
import io.shinrai.disclosure.SectionProgress;
import io.shinrai.disclosure.file.UnusableFileException;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.OrganisationScoped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Disclosures for scripts and other systems: list, read, import a file, publish, start a revision, download
 * (signed on request), and the disclosures a hospital received.
 */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = "Disclosures")
class DisclosureApi {

    private final Disclosures disclosures;
    private final Sharing sharing;
    private final DisclosurePage page;
    private final MessageSource messages;

    DisclosureApi(Disclosures disclosures, Sharing sharing, DisclosurePage page, MessageSource messages) {
        this.disclosures = disclosures;
        this.sharing = sharing;
        this.page = page;
        this.messages = messages;
    }

    record Summary(UUID id, UUID seriesId, int revision, DisclosureStatus status, String documentId,
                   String catalogueId, String catalogueVersion, LocalDate createdOn, String vendor, String product,
                   String productVersion, Instant updatedAt, Instant publishedAt) {

        static Summary of(StoredDisclosure stored) {
            var document = stored.document();
            var basics = document.basics();
            return new Summary(stored.id(), stored.seriesId(), stored.revision(), stored.status(),
                    document.documentId(), document.catalogueId(), document.catalogueVersion(), basics.createdOn(),
                    basics.vendor(), basics.product(), basics.productVersion(), stored.updatedAt(),
                    stored.publishedAt());
        }
    }

    /** What still keeps a disclosure from being published, item by item. */
    record Problem(String ref, Finding.Kind kind, String description) {

        static List<Problem> of(List<Finding> findings) {
            return findings.stream().map(finding -> new Problem(finding.ref(), finding.kind(),
                    finding.kind().description().in(LocaleContextHolder.getLocale()))).toList();
        }
    }

    record Detail(Summary disclosure, List<SectionProgress> progress, List<Problem> findings) {
    }

    record Imported(Summary disclosure, List<String> unmapped) {
    }

    record Received(Summary disclosure, UUID publisherId, String publisher) {
    }

    @GetMapping("/disclosures")
    @OrganisationScoped(OrgRole.VIEWER)
    @Operation(summary = "The organisation's disclosures, every revision, drafts included")
    List<Summary> list(@PathVariable UUID orgId) {
        return disclosures.of(orgId).stream().map(Summary::of).toList();
    }

    @GetMapping("/disclosures/{disclosureId}")
    @OrganisationScoped(OrgRole.VIEWER)
    @Operation(summary = "One revision with its progress per section and what keeps it from being published")
    Detail get(@PathVariable UUID orgId, @PathVariable UUID disclosureId) {
        StoredDisclosure stored = disclosures.get(orgId, disclosureId);
        DisclosureCheck check = new DisclosureCheck(disclosures.catalogueOf(stored));
        return new Detail(Summary.of(stored), check.progress(stored.document()),
                Problem.of(check.findings(stored.document())));
    }

    @GetMapping("/disclosures/{disclosureId}/export")
    @OrganisationScoped(OrgRole.VIEWER)
    @Operation(summary = "Download as JSON, JAHIS-style workbook or MDS2; signed=true wraps a published revision "
            + "and its CAdES-BES signature in an ASiC-S container")
    ResponseEntity<byte[]> export(@PathVariable UUID orgId, @PathVariable UUID disclosureId,
                                  @RequestParam(defaultValue = "JSON") String format,
                                  @RequestParam(defaultValue = "false") boolean signed) throws IOException {
        return page.download(disclosures.get(orgId, disclosureId), format, signed);
    }

    @PostMapping("/disclosures")
    @OrganisationScoped(OrgRole.EDITOR)
    @Operation(summary = "Import a file (JAHIS-style or vendor workbook, MDS2, JSON) as a new draft; "
            + "what could not be mapped is listed; an unusable file answers 422 and changes nothing")
    ResponseEntity<?> importFile(@PathVariable UUID orgId, @RequestParam("file") MultipartFile file)
            throws IOException {
        Disclosures.Imported imported;
        try {
            imported = disclosures.importFile(orgId,
                    Objects.requireNonNullElse(file.getOriginalFilename(), "upload"), file.getBytes());
        } catch (UnusableFileException unusable) {
            return ResponseEntity.unprocessableContent().body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNPROCESSABLE_CONTENT, unusable.reason().in(LocaleContextHolder.getLocale())));
        }
        StoredDisclosure draft = imported.draft();
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + orgId + "/disclosures/" + draft.id()))
                .body(new Imported(Summary.of(draft), imported.unmapped().stream()
                        .map(line -> line.in(LocaleContextHolder.getLocale())).toList()));
    }

    @PostMapping("/disclosures/{disclosureId}/publish")
    @OrganisationScoped(OrgRole.REVIEWER)
    @Operation(summary = "Publish a complete draft; an incomplete one answers 409 with its findings")
    ResponseEntity<?> publish(@PathVariable UUID orgId, @PathVariable UUID disclosureId) {
        List<Finding> findings = disclosures.publish(orgId, disclosureId);
        if (!findings.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    messages.getMessage("api.disclosure.notComplete", null, LocaleContextHolder.getLocale()));
            problem.setProperty("findings", Problem.of(findings));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.ok(Summary.of(disclosures.get(orgId, disclosureId)));
    }

    @PostMapping("/disclosures/{disclosureId}/revisions")
    @OrganisationScoped(OrgRole.EDITOR)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start the next revision of a published disclosure as a draft copy of it")
    Summary revise(@PathVariable UUID orgId, @PathVariable UUID disclosureId) {
        return Summary.of(disclosures.revise(orgId, disclosureId));
    }

    @GetMapping("/received")
    @OrganisationScoped(OrgRole.VIEWER)
    @Operation(summary = "Disclosures other organisations shared with this hospital")
    List<Received> received(@PathVariable UUID orgId) {
        return sharing.receivedBy(orgId).stream().map(received -> new Received(Summary.of(received.disclosure()),
                received.publisher().id(), received.publisher().name())).toList();
    }

    @GetMapping("/received/{disclosureId}/export")
    @OrganisationScoped(OrgRole.VIEWER)
    @Operation(summary = "Download a received disclosure; signed=true adds its publisher's signature")
    ResponseEntity<byte[]> exportReceived(@PathVariable UUID orgId, @PathVariable UUID disclosureId,
                                          @RequestParam(defaultValue = "JSON") String format,
                                          @RequestParam(defaultValue = "false") boolean signed) throws IOException {
        return page.download(sharing.received(orgId, disclosureId), format, signed);
    }
}
