package io.shinrai.server.exposure;

import io.shinrai.server.finding.VexDocuments;
import io.shinrai.server.finding.VexDownload;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.product.Products;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.securityadvisory.SecurityAdvisories;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hospital's view of vulnerabilities and support ends across the systems it installed. */
@Controller
class ExposureController {

    private final Exposure exposure;
    private final Inventory inventory;
    private final Webhooks webhooks;
    private final VexDocuments vex;
    private final SecurityAdvisories securityAdvisories;

    ExposureController(Exposure exposure, Inventory inventory, Webhooks webhooks, VexDocuments vex,
                       SecurityAdvisories securityAdvisories) {
        this.exposure = exposure;
        this.inventory = inventory;
        this.webhooks = webhooks;
        this.vex = vex;
        this.securityAdvisories = securityAdvisories;
    }

    /** The manufacturer's VEX of a version the hospital installed, for its own tools. */
    @GetMapping("/orgs/{orgId}/exposure/versions/{versionId}/vex")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> vex(@PathVariable UUID orgId, @PathVariable UUID versionId,
                               @RequestParam(defaultValue = "CYCLONEDX") VexDocuments.Format format) {
        Products.Versioned installed = exposure.of(orgId).stream().map(ExposedSystem::installed)
                .filter(versioned -> versioned.version().id().equals(versionId)).findFirst()
                .orElseThrow(NotFoundException::new);
        return VexDownload.of(format.fileName(installed),
                vex.write(installed.product().organisationId(), versionId, format));
    }

    /** A manufacturer's advisory about a version the hospital runs, whatever its TLP. */
    @GetMapping("/orgs/{orgId}/exposure/security-advisories/{advisoryId}")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> securityAdvisory(@PathVariable UUID orgId, @PathVariable UUID advisoryId) {
        SecurityAdvisories.Published published = securityAdvisories.receivedBy(installedVersions(exposure.of(orgId)),
                advisoryId);
        return VexDownload.of(published.advisory().fileName(), securityAdvisories.document(published));
    }

    private static Set<UUID> installedVersions(List<ExposedSystem> systems) {
        return systems.stream().map(system -> system.installed().version().id()).collect(Collectors.toSet());
    }

    @GetMapping("/orgs/{orgId}/exposure")
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role,
                Model model) {
        model.addAttribute("organisation", inventory.hospital(orgId));
        if (role.includes(OrgRole.ORG_ADMIN)) {
            model.addAttribute("canSetWebhook", true);
            webhooks.of(orgId).ifPresent(webhook -> model.addAttribute("webhook", webhook));
        }
        List<ExposedSystem> systems = exposure.of(orgId);
        model.addAttribute("systems", systems);
        model.addAttribute("advisories", securityAdvisories.about(installedVersions(systems)));
        model.addAttribute("attention", systems.stream().filter(ExposedSystem::needsAttention).count());
        return "exposure/list";
    }

    @PostMapping("/orgs/{orgId}/exposure/webhook")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String setWebhook(@PathVariable UUID orgId, @RequestParam(required = false) String url,
                      RedirectAttributes redirect) {
        try {
            webhooks.set(orgId, url);
            redirect.addFlashAttribute("notice", "exposure.webhookSaved");
        } catch (ConflictException invalid) {
            redirect.addFlashAttribute("webhookProblem", invalid.messageKey());
        }
        return "redirect:/orgs/" + orgId + "/exposure";
    }
}
