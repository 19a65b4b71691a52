package io.shinrai.server.sbom;

import io.shinrai.sbom.InvalidSbomException;
import io.shinrai.sbom.SupportLevel;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.product.Products;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A version's SBOM: upload, the NTIA minimum-elements report, and the components with their support. */
@Controller
class SbomController {

    private final Sboms sboms;
    private final Products products;

    SbomController(Sboms sboms, Products products) {
        this.sboms = sboms;
        this.products = products;
    }

    @GetMapping("/orgs/{orgId}/versions/{versionId}/sbom")
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @PathVariable UUID versionId, @RequestParam(defaultValue = "1") int page,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model) {
        Products.Versioned versioned = products.version(orgId, versionId);
        LocalDate today = products.today();
        model.addAttribute("organisation", products.maker(orgId));
        model.addAttribute("product", versioned.product());
        model.addAttribute("version", versioned.version());
        model.addAttribute("today", today);
        model.addAttribute("canEdit", role.includes(OrgRole.EDITOR));
        model.addAttribute("supportLevels", SupportLevel.values());
        sboms.of(orgId, versionId).ifPresent(sbom -> {
            model.addAttribute("sbom", sbom);
            model.addAttribute("components", sboms.components(sbom, page));
            model.addAttribute("unsupported", sboms.pastEndOfSupport(sbom, today));
        });
        return "sbom/version";
    }

    @PostMapping("/orgs/{orgId}/versions/{versionId}/sbom")
    @OrganisationScoped(OrgRole.EDITOR)
    String upload(@PathVariable UUID orgId, @PathVariable UUID versionId, @RequestParam("file") MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try (InputStream content = file.getInputStream()) {
            StoredSbom stored = sboms.importFile(orgId, versionId, file.getOriginalFilename(), content);
            redirect.addFlashAttribute("imported", stored.components());
        } catch (InvalidSbomException invalid) {
            redirect.addFlashAttribute("sbomProblems", invalid.problems().stream()
                    .map(problem -> problem.message().in(LocaleContextHolder.getLocale())).toList());
        }
        return "redirect:/orgs/" + orgId + "/versions/" + versionId + "/sbom";
    }

    @PostMapping("/orgs/{orgId}/versions/{versionId}/sbom/components/{componentId}")
    @OrganisationScoped(OrgRole.EDITOR)
    String updateSupport(@PathVariable UUID orgId, @PathVariable UUID versionId, @PathVariable long componentId,
                         @RequestParam(required = false) SupportLevel supportLevel,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                         LocalDate endOfSupport, @RequestParam(defaultValue = "1") int page,
                         RedirectAttributes redirect) {
        sboms.updateSupport(orgId, versionId, componentId, supportLevel, endOfSupport);
        redirect.addFlashAttribute("notice", "sbom.supportSaved");
        return "redirect:/orgs/" + orgId + "/versions/" + versionId + "/sbom?page=" + page;
    }
}
