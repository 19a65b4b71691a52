package io.shinrai.server.psirt;

import io.shinrai.server.ShinraiProperties;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.security.SignedInUser;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team's side of the PSIRT: the reports received, and the triage of one. */
@Controller
class PsirtController {

    private final VulnerabilityReports reports;
    private final Organisations organisations;
    private final ShinraiProperties properties;

    PsirtController(VulnerabilityReports reports, Organisations organisations, ShinraiProperties properties) {
        this.reports = reports;
        this.organisations = organisations;
        this.properties = properties;
    }

    @GetMapping("/orgs/{orgId}/psirt")
    @OrganisationScoped(OrgRole.VIEWER)
    String list(@PathVariable UUID orgId, Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("reports", reports.of(orgId));
        model.addAttribute("today", reports.today());
        model.addAttribute("intakeUrl", properties.baseUrl() + "/psirt/" + orgId + "/report");
        return "psirt/list";
    }

    @GetMapping("/orgs/{orgId}/psirt/{reportId}")
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @PathVariable UUID reportId,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole callerRole, Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("callerRole", callerRole);
        model.addAttribute("triage", reports.get(orgId, reportId));
        model.addAttribute("today", reports.today());
        return "psirt/show";
    }

    @PostMapping("/orgs/{orgId}/psirt/{reportId}/assessment")
    @OrganisationScoped(OrgRole.EDITOR)
    String assess(@PathVariable UUID orgId, @PathVariable UUID reportId,
                  @RequestParam(defaultValue = "") String cvss4, @RequestParam(defaultValue = "") String cvss31,
                  @RequestParam(name = "affected", required = false) List<UUID> affected,
                  @RequestParam(defaultValue = "") String otherVersions,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                  RedirectAttributes redirect) {
        try {
            reports.assess(orgId, reportId, new VulnerabilityReports.Assessment(cvss4, cvss31,
                    affected == null ? List.of() : affected, otherVersions, dueOn));
            redirect.addFlashAttribute("notice", "psirt.assessed");
        } catch (RefusedReportException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/orgs/" + orgId + "/psirt/" + reportId;
    }

    @PostMapping("/orgs/{orgId}/psirt/{reportId}/state")
    @OrganisationScoped(OrgRole.EDITOR)
    String move(@PathVariable UUID orgId, @PathVariable UUID reportId, @RequestParam String to,
                @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal SignedInUser user,
                RedirectAttributes redirect) {
        try {
            ReportState state = ReportState.byId(to).orElseThrow(() -> new RefusedReportException("psirt.notNext"));
            reports.move(orgId, reportId, state, note, user.id());
            redirect.addFlashAttribute("notice", "psirt.moved");
        } catch (RefusedReportException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/orgs/" + orgId + "/psirt/" + reportId;
    }
}
