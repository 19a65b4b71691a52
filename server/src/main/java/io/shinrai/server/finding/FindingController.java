package io.shinrai.server.finding;

import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.product.Products;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.web.Paged;
import io.shinrai.vuln.UnreadableAdvisoryException;
import io.shinrai.vuln.VexJustification;
import io.shinrai.vuln.VexResponse;
import io.shinrai.vuln.VexState;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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

/** A version's findings, each with what of the advisory matched, and the manufacturer's analysis (VEX) of each. */
@Controller
class FindingController {

    private final Findings findings;
    private final VexDocuments vex;
    private final Products products;

    FindingController(Findings findings, VexDocuments vex, Products products) {
        this.findings = findings;
        this.vex = vex;
        this.products = products;
    }

    @GetMapping("/orgs/{orgId}/versions/{versionId}/findings")
    @OrganisationScoped(OrgRole.VIEWER)
    String list(@PathVariable UUID orgId, @PathVariable UUID versionId, @RequestParam(defaultValue = "1") int page,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model) {
        Products.Versioned versioned = products.version(orgId, versionId);
        List<VersionFinding> all = findings.ofVersion(orgId, versionId);
        model.addAttribute("organisation", products.maker(orgId));
        model.addAttribute("product", versioned.product());
        model.addAttribute("version", versioned.version());
        model.addAttribute("findings", Paged.of(all, page, Paged.SYSTEMS_PER_PAGE));
        model.addAttribute("open", all.stream().filter(VersionFinding::open).count());
        model.addAttribute("states", VexState.values());
        model.addAttribute("justifications", VexJustification.cycloneDxValues());
        model.addAttribute("responses", VexResponse.values());
        model.addAttribute("canEdit", role.includes(OrgRole.EDITOR));
        return "finding/list";
    }

    @PostMapping("/orgs/{orgId}/versions/{versionId}/findings/{findingId}/analysis")
    @OrganisationScoped(OrgRole.EDITOR)
    String analyse(@PathVariable UUID orgId, @PathVariable UUID versionId, @PathVariable long findingId,
                   @RequestParam VexState state, @RequestParam(required = false) VexJustification justification,
                   @RequestParam(required = false) VexResponse response,
                   @RequestParam(required = false) String detail, @RequestParam(defaultValue = "1") int page,
                   RedirectAttributes redirect) {
        String words = detail == null || detail.isBlank() ? null
                : detail.strip().substring(0, Math.min(detail.strip().length(), 4000));
        findings.analyse(orgId, versionId, findingId, state, justification, response, words);
        redirect.addFlashAttribute("notice", "finding.analysed");
        return "redirect:/orgs/" + orgId + "/versions/" + versionId + "/findings?page=" + page;
    }

    @GetMapping("/orgs/{orgId}/versions/{versionId}/vex")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> download(@PathVariable UUID orgId, @PathVariable UUID versionId,
                                    @RequestParam(defaultValue = "CYCLONEDX") VexDocuments.Format format) {
        return VexDownload.of(format.fileName(products.version(orgId, versionId)),
                vex.write(orgId, versionId, format));
    }

    @PostMapping("/orgs/{orgId}/versions/{versionId}/vex")
    @OrganisationScoped(OrgRole.EDITOR)
    String upload(@PathVariable UUID orgId, @PathVariable UUID versionId, @RequestParam MultipartFile file,
                  Locale locale, RedirectAttributes redirect) throws IOException {
        try (InputStream in = file.getInputStream()) {
            VexDocuments.Applied applied = vex.read(orgId, versionId, file.getOriginalFilename(), in);
            redirect.addFlashAttribute("vexApplied", applied);
            redirect.addFlashAttribute("vexProblems", applied.problems().stream().map(p -> p.in(locale)).toList());
        } catch (UnreadableAdvisoryException unreadable) {
            redirect.addFlashAttribute("vexRefused", unreadable.reason().in(locale));
        }
        return "redirect:/orgs/" + orgId + "/versions/" + versionId + "/findings";
    }
}
