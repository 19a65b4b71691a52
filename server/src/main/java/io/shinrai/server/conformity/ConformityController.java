package io.shinrai.server.conformity;

import io.shinrai.catalog.Section;
import io.shinrai.server.attachment.Attachments;
import io.shinrai.server.attachment.RefusedAttachmentException;
import io.shinrai.server.conformity.ConformityPapers.Paper;
import io.shinrai.server.membership.Memberships;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.product.Products;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.web.ConflictException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A version's JIS T 81001-5-1 evidence: completeness per clause, one clause's activities at a time with their
 * status, person responsible, remarks, files and links, taking over an earlier version's evidence, and the papers.
 */
@Controller
class ConformityController {

    private static final String PAGE = "/orgs/{orgId}/versions/{versionId}/conformity";
    private static final MediaType WORKBOOK =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Conformity conformity;
    private final ConformityPapers papers;
    private final Products products;
    private final Memberships memberships;

    ConformityController(Conformity conformity, ConformityPapers papers, Products products, Memberships memberships) {
        this.conformity = conformity;
        this.papers = papers;
        this.products = products;
        this.memberships = memberships;
    }

    @GetMapping(PAGE)
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @PathVariable UUID versionId, @RequestParam(required = false) String section,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model) {
        VersionConformity evidence = conformity.of(orgId, versionId);
        boolean canEdit = role.includes(OrgRole.EDITOR);
        model.addAttribute("organisation", products.maker(orgId));
        model.addAttribute("product", evidence.product());
        model.addAttribute("version", evidence.version());
        model.addAttribute("conformity", evidence);
        model.addAttribute("section", evidence.catalogue().sections().stream()
                .filter(candidate -> candidate.id().equals(section)).findFirst()
                .orElse(evidence.catalogue().sections().get(0)));
        model.addAttribute("carryOverSource", conformity.carryOverSource(orgId, versionId).orElse(null));
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("canEdit", canEdit);
        if (canEdit) {
            model.addAttribute("members", memberships.members(orgId));
        }
        model.addAttribute("largestMegabytes", Attachments.LARGEST / 1024 / 1024);
        return "conformity/version";
    }

    @PostMapping(PAGE + "/carry-over")
    @OrganisationScoped(OrgRole.EDITOR)
    String carryOver(@PathVariable UUID orgId, @PathVariable UUID versionId, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("carriedOverFrom", conformity.carryOver(orgId, versionId).version());
        } catch (ConflictException nothing) {
            redirect.addFlashAttribute("problem", nothing.messageKey());
        }
        return "redirect:/orgs/" + orgId + "/versions/" + versionId + "/conformity";
    }

    @PostMapping(PAGE + "/activities/{ref}")
    @OrganisationScoped(OrgRole.EDITOR)
    String record(@PathVariable UUID orgId, @PathVariable UUID versionId, @PathVariable String ref,
                  @RequestParam ActivityStatus status, @RequestParam(required = false) String responsible,
                  @RequestParam(required = false) String remarks, RedirectAttributes redirect) {
        try {
            conformity.record(orgId, versionId, ref, status, responsible, remarks);
            redirect.addFlashAttribute("notice", "conformity.saved");
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return backTo(orgId, versionId, ref);
    }

    @PostMapping(PAGE + "/activities/{ref}/files")
    @OrganisationScoped(OrgRole.EDITOR)
    String addFile(@PathVariable UUID orgId, @PathVariable UUID versionId, @PathVariable String ref,
                   @RequestParam MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            conformity.addFile(orgId, versionId, ref, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("notice", "conformity.evidenceAdded");
        } catch (RefusedAttachmentException refused) {
            redirect.addFlashAttribute("refusedFile", refused);
        }
        return backTo(orgId, versionId, ref);
    }

    @PostMapping(PAGE + "/activities/{ref}/links")
    @OrganisationScoped(OrgRole.EDITOR)
    String addLink(@PathVariable UUID orgId, @PathVariable UUID versionId, @PathVariable String ref,
                   @RequestParam(required = false) String url, @RequestParam(required = false) String label,
                   RedirectAttributes redirect) {
        try {
            conformity.addLink(orgId, versionId, ref, url, label);
            redirect.addFlashAttribute("notice", "conformity.evidenceAdded");
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return backTo(orgId, versionId, ref);
    }

    @PostMapping(PAGE + "/evidence/{evidenceId}/delete")
    @OrganisationScoped(OrgRole.EDITOR)
    String removeEvidence(@PathVariable UUID orgId, @PathVariable UUID versionId, @PathVariable UUID evidenceId,
                          RedirectAttributes redirect) {
        Evidence removed = conformity.removeEvidence(orgId, versionId, evidenceId);
        redirect.addFlashAttribute("notice", "conformity.evidenceRemoved");
        return backTo(orgId, versionId, removed.ref());
    }

    @GetMapping(PAGE + "/workbook")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> workbook(@PathVariable UUID orgId, @PathVariable UUID versionId) throws IOException {
        return download(papers.workbook(products.maker(orgId), conformity.of(orgId, versionId), products.today(),
                LocaleContextHolder.getLocale()), WORKBOOK);
    }

    @GetMapping(PAGE + "/summary")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> summary(@PathVariable UUID orgId, @PathVariable UUID versionId) throws IOException {
        return download(papers.summary(products.maker(orgId), conformity.of(orgId, versionId), products.today(),
                LocaleContextHolder.getLocale()), MediaType.APPLICATION_PDF);
    }

    /** Back to the clause of the activity, scrolled to it. */
    private String backTo(UUID orgId, UUID versionId, String ref) {
        Section section = conformity.catalogue().sections().stream()
                .filter(candidate -> candidate.allItems().stream().anyMatch(item -> item.ref().equals(ref)))
                .findFirst().orElse(conformity.catalogue().sections().get(0));
        return "redirect:/orgs/" + orgId + "/versions/" + versionId + "/conformity?section=" + section.id()
                + "#activity-" + ref;
    }

    private static ResponseEntity<byte[]> download(Paper paper, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(paper.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(paper.content());
    }
}
