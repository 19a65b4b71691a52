package io.shinrai.server.riskassessment;

import io.shinrai.risk.IpaFormula;
import io.shinrai.risk.InvalidRiskDataException;
import io.shinrai.risk.RiskMethod;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organisation's risk methods and the matrix editor: scales and their labels, formula, table, thresholds. */
@Controller
class RiskMethodController {

    private final RiskMethods methods;
    private final Organisations organisations;

    RiskMethodController(RiskMethods methods, Organisations organisations) {
        this.methods = methods;
        this.organisations = organisations;
    }

    @GetMapping("/orgs/{orgId}/risk-methods")
    @OrganisationScoped(OrgRole.VIEWER)
    String list(@PathVariable UUID orgId, @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role,
                Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("builtIn", methods.builtIn());
        model.addAttribute("own", methods.of(orgId));
        model.addAttribute("canEdit", role.includes(OrgRole.EDITOR));
        return "riskassessment/methods";
    }

    @PostMapping("/orgs/{orgId}/risk-methods")
    @OrganisationScoped(OrgRole.EDITOR)
    String copy(@PathVariable UUID orgId, @RequestParam String from) {
        return "redirect:/orgs/" + orgId + "/risk-methods/" + methods.copy(orgId, from).id();
    }

    @GetMapping("/orgs/{orgId}/risk-methods/{methodId}")
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @PathVariable UUID methodId,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model) {
        StoredMethod stored = methods.get(orgId, methodId);
        return editor(orgId, stored, MethodForm.of(stored.method(), startingTable()), role, model);
    }

    /** Saves the edited method as its next version; a refused one is shown again as typed, with every problem. */
    @PostMapping("/orgs/{orgId}/risk-methods/{methodId}")
    @OrganisationScoped(OrgRole.EDITOR)
    String save(@PathVariable UUID orgId, @PathVariable UUID methodId,
                @RequestParam MultiValueMap<String, String> form,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        StoredMethod stored = methods.get(orgId, methodId);
        MethodForm edited = MethodForm.from(form);
        try {
            methods.save(orgId, methodId, edited.toMethod(stored.method().id(), stored.method().version()));
            redirect.addFlashAttribute("notice", "risk.method.saved");
            return "redirect:/orgs/" + orgId + "/risk-methods/" + methodId;
        } catch (InvalidRiskDataException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", localized(invalid));
            return editor(orgId, stored, edited, role, model);
        }
    }

    private String editor(UUID orgId, StoredMethod stored, MethodForm form, OrgRole role, Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("stored", stored);
        model.addAttribute("form", form);
        model.addAttribute("scales", MethodForm.SCALES);
        model.addAttribute("canEdit", role.includes(OrgRole.EDITOR));
        return "riskassessment/method";
    }

    /** Where a multiplicative method switched to the IPA style starts: the built-in IPA table's likelihood labels. */
    private IpaFormula startingTable() {
        return methods.builtIn().stream().map(RiskMethod::formula).filter(IpaFormula.class::isInstance)
                .map(IpaFormula.class::cast).findFirst().orElseThrow();
    }

    static List<String> localized(InvalidRiskDataException invalid) {
        return invalid.problems().stream().map(problem -> problem.in(LocaleContextHolder.getLocale())).toList();
    }
}
