package io.shinrai.server.riskassessment;

import io.shinrai.risk.InvalidRiskDataException;
import io.shinrai.server.disclosure.Sharing;
import io.shinrai.server.disclosure.StoredDisclosure;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.web.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A vendor's remote services, each with its risk assessments. */
@Controller
class RemoteServiceController {

    private final RemoteServices services;
    private final RiskAssessments assessments;
    private final RiskMethods methods;
    private final RiskCatalogues catalogues;
    private final Organisations organisations;
    private final Sharing sharing;

    RemoteServiceController(RemoteServices services, RiskAssessments assessments, RiskMethods methods,
                            RiskCatalogues catalogues, Organisations organisations, Sharing sharing) {
        this.services = services;
        this.assessments = assessments;
        this.methods = methods;
        this.catalogues = catalogues;
        this.organisations = organisations;
        this.sharing = sharing;
    }

    @GetMapping("/orgs/{orgId}/remote-services")
    @OrganisationScoped(OrgRole.VIEWER)
    String list(@PathVariable UUID orgId, @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role,
                Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("services", services.of(orgId));
        model.addAttribute("canEdit", role.includes(OrgRole.EDITOR));
        return "riskassessment/services";
    }

    @PostMapping("/orgs/{orgId}/remote-services")
    @OrganisationScoped(OrgRole.EDITOR)
    String register(@PathVariable UUID orgId, @RequestParam String name, RedirectAttributes redirect) {
        if (name.isBlank() || name.length() > 200) {
            redirect.addFlashAttribute("problem", "risk.service.nameRequired");
            return "redirect:/orgs/" + orgId + "/remote-services";
        }
        return "redirect:/orgs/" + orgId + "/remote-services/" + services.register(orgId, name).id();
    }

    @GetMapping("/orgs/{orgId}/remote-services/{serviceId}")
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @PathVariable UUID serviceId,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        RemoteService service = services.get(orgId, serviceId);
        List<StoredDisclosure> disclosures = services.linkableDisclosures(orgId);
        model.addAttribute("service", service);
        model.addAttribute("disclosures", disclosures);
        model.addAttribute("linked", disclosures.stream()
                .filter(disclosure -> disclosure.seriesId().equals(service.disclosureSeriesId())).toList());
        model.addAttribute("assessments", assessments.of(orgId, serviceId));
        model.addAttribute("methods", methods.choices(orgId));
        model.addAttribute("catalogues", catalogues.choices(orgId));
        model.addAttribute("defaultCatalogue", catalogues.defaultChoice(orgId));
        model.addAttribute("hospitals", sharing.hospitals());
        model.addAttribute("startingPoints", assessments.startingPoints());
        model.addAttribute("canEdit", role.includes(OrgRole.EDITOR));
        return "riskassessment/service";
    }

    @PostMapping("/orgs/{orgId}/remote-services/{serviceId}/disclosure")
    @OrganisationScoped(OrgRole.EDITOR)
    String linkDisclosure(@PathVariable UUID orgId, @PathVariable UUID serviceId,
                          @RequestParam(required = false) UUID disclosure, RedirectAttributes redirect) {
        services.linkDisclosure(orgId, serviceId, disclosure);
        redirect.addFlashAttribute("notice", "risk.service.disclosureLinked");
        return "redirect:/orgs/" + orgId + "/remote-services/" + serviceId;
    }

    @PostMapping("/orgs/{orgId}/remote-services/{serviceId}/assessments")
    @OrganisationScoped(OrgRole.EDITOR)
    String start(@PathVariable UUID orgId, @PathVariable UUID serviceId, @RequestParam String method,
                 @RequestParam(required = false) String catalogue, @RequestParam(required = false) UUID hospital,
                 @RequestParam(defaultValue = "") String start, RedirectAttributes redirect) {
        if (hospital != null && !organisations.get(hospital).isHospital()) {
            throw new NotFoundException();
        }
        try {
            StoredAssessment started = assessments.start(orgId, serviceId, method,
                    catalogue == null || catalogue.isBlank() ? null : catalogue, hospital,
                    start.isBlank() ? null : start);
            return "redirect:/orgs/" + orgId + "/risk-assessments/" + started.id();
        } catch (InvalidRiskDataException invalid) {
            redirect.addFlashAttribute("problems", RiskMethodController.localized(invalid));
            return "redirect:/orgs/" + orgId + "/remote-services/" + serviceId;
        }
    }
}
