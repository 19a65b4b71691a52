package io.shinrai.server.securityadvisory;

import io.shinrai.server.finding.VexDownload;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.web.NotFoundException;
import io.shinrai.vuln.CsafAdvisory;
import io.shinrai.vuln.VexJustification;
import io.shinrai.vuln.VexResponse;
import io.shinrai.vuln.VexState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team's pages: its advisories, writing one, and publishing it. */
@Controller
class SecurityAdvisoryController {

    /** The justifications CSAF 2.0 has flags for, which a version not affected is given one of. */
    static final List<VexJustification> JUSTIFICATIONS = List.of(VexJustification.COMPONENT_NOT_PRESENT,
            VexJustification.VULNERABLE_CODE_NOT_PRESENT, VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH,
            VexJustification.VULNERABLE_CODE_CANNOT_BE_CONTROLLED_BY_ADVERSARY,
            VexJustification.INLINE_MITIGATIONS_ALREADY_EXIST);

    private final SecurityAdvisories advisories;
    private final Organisations organisations;

    SecurityAdvisoryController(SecurityAdvisories advisories, Organisations organisations) {
        this.advisories = advisories;
        this.organisations = organisations;
    }

    @GetMapping("/orgs/{orgId}/security-advisories")
    @OrganisationScoped(OrgRole.VIEWER)
    String list(@PathVariable UUID orgId, Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("advisories", advisories.of(orgId));
        model.addAttribute("providerMetadata", advisories.namespace(orgId) + "/provider-metadata.json");
        return "securityadvisory/list";
    }

    /** A new advisory, written from the PSIRT report when one is given. */
    @PostMapping("/orgs/{orgId}/security-advisories")
    @OrganisationScoped(OrgRole.EDITOR)
    String create(@PathVariable UUID orgId, @RequestParam(required = false) UUID report) {
        SecurityAdvisory advisory = advisories.create(orgId, report);
        return "redirect:/orgs/" + orgId + "/security-advisories/" + advisory.id();
    }

    @GetMapping("/orgs/{orgId}/security-advisories/{advisoryId}")
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @PathVariable UUID advisoryId,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole callerRole, Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("callerRole", callerRole);
        model.addAttribute("editing", advisories.get(orgId, advisoryId));
        model.addAttribute("categories", CsafAdvisory.Category.values());
        model.addAttribute("tlps", CsafAdvisory.Tlp.values());
        model.addAttribute("states", SecurityAdvisories.STATES);
        model.addAttribute("justifications", JUSTIFICATIONS);
        model.addAttribute("remedies", VexResponse.values());
        return "securityadvisory/show";
    }

    /** Saves the form; each version's status comes as {@code state-ID}, left empty for a version not spoken of. */
    @PostMapping("/orgs/{orgId}/security-advisories/{advisoryId}")
    @OrganisationScoped(OrgRole.EDITOR)
    String update(@PathVariable UUID orgId, @PathVariable UUID advisoryId,
                  @RequestParam CsafAdvisory.Category category, @RequestParam CsafAdvisory.Tlp tlp,
                  @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String description,
                  @RequestParam(defaultValue = "") String cve, @RequestParam(defaultValue = "") String cvss31,
                  @RequestParam(defaultValue = "") String cvss4, @RequestParam(defaultValue = "") String component,
                  @RequestParam(required = false) VexResponse remedy,
                  @RequestParam(defaultValue = "") String remedyDetails,
                  @RequestParam(defaultValue = "") String remedyUrl, @RequestParam Map<String, String> form,
                  RedirectAttributes redirect) {
        try {
            advisories.update(orgId, advisoryId, new AdvisoryDraft(category, title, description, cve, cvss31, cvss4,
                    component, tlp, remedy, remedyDetails, remedyUrl, statements(form)));
            redirect.addFlashAttribute("notice", "securityAdvisory.saved");
        } catch (RefusedAdvisoryException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/orgs/" + orgId + "/security-advisories/" + advisoryId;
    }

    @PostMapping("/orgs/{orgId}/security-advisories/{advisoryId}/publication")
    @OrganisationScoped(OrgRole.EDITOR)
    String publish(@PathVariable UUID orgId, @PathVariable UUID advisoryId,
                   @RequestParam(defaultValue = "") String summary, RedirectAttributes redirect) {
        try {
            advisories.publish(orgId, advisoryId, summary);
            redirect.addFlashAttribute("notice", "securityAdvisory.published");
        } catch (RefusedAdvisoryException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problems", refused.problems().stream()
                    .map(problem -> problem.in(LocaleContextHolder.getLocale())).toList());
        }
        return "redirect:/orgs/" + orgId + "/security-advisories/" + advisoryId;
    }

    /** The CSAF document as published, or as it would be published now when {@code draft} is asked for. */
    @GetMapping("/orgs/{orgId}/security-advisories/{advisoryId}/csaf")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> document(@PathVariable UUID orgId, @PathVariable UUID advisoryId,
                                    @RequestParam(defaultValue = "false") boolean draft) {
        SecurityAdvisory advisory = advisories.get(orgId, advisoryId).advisory();
        return VexDownload.of(advisory.fileName(), draft ? advisories.preview(orgId, advisoryId)
                : advisories.document(orgId, advisoryId));
    }

    private static List<VersionStatement> statements(Map<String, String> form) {
        List<VersionStatement> statements = new ArrayList<>();
        for (Map.Entry<String, String> field : form.entrySet()) {
            if (!field.getKey().startsWith("state-") || field.getValue().isBlank()) {
                continue;
            }
            String versionId = field.getKey().substring("state-".length());
            String justification = form.getOrDefault("justification-" + versionId, "");
            try {
                statements.add(new VersionStatement(UUID.fromString(versionId), VexState.valueOf(field.getValue()),
                        justification.isBlank() ? null : VexJustification.valueOf(justification)));
            } catch (IllegalArgumentException notOurs) {
                throw new NotFoundException();
            }
        }
        return statements;
    }
}
