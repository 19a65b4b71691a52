package io.shinrai.server.riskassessment;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.risk.AnnexA;
import io.shinrai.risk.AssessmentState;
import io.shinrai.risk.AssessmentVocabulary;
import io.shinrai.risk.HeatMap;
import io.shinrai.risk.InvalidRiskDataException;
import io.shinrai.risk.Responsibility;
import io.shinrai.risk.RiskRow;
import io.shinrai.risk.StatementOfApplicability;
import io.shinrai.risk.Treatment;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.security.ShinraiPrincipal;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.ForbiddenException;
import io.shinrai.server.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An assessment version: its risk list with risks and tiers computed by core, heat maps, rows edited one at a time,
 * the review (submit, accept or reject) and new versions of an accepted one; and its Statement of Applicability.
 */
@Controller
class RiskAssessmentController {

    private final RiskAssessments assessments;
    private final RemoteServices services;
    private final RiskMethods methods;
    private final Organisations organisations;
    private final AssessmentVocabulary vocabulary;

    RiskAssessmentController(RiskAssessments assessments, RemoteServices services, RiskMethods methods,
                             Organisations organisations, AssessmentVocabulary vocabulary) {
        this.assessments = assessments;
        this.services = services;
        this.methods = methods;
        this.organisations = organisations;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/orgs/{orgId}/risk-assessments/{assessmentId}")
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @PathVariable UUID assessmentId,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model) {
        StoredAssessment stored = assessments.get(orgId, assessmentId);
        describe(orgId, stored, model);
        model.addAttribute("risks", stored.assessment().risks());
        model.addAttribute("inherentMap", HeatMap.inherent(stored.assessment()));
        model.addAttribute("residualMap", HeatMap.residual(stored.assessment()));
        model.addAttribute("versions", assessments.of(orgId, stored.serviceId()).stream()
                .filter(other -> other.seriesId().equals(stored.seriesId())).toList());
        model.addAttribute("methods", methods.choices(orgId));
        model.addAttribute("editable", stored.isDraft() && role.includes(OrgRole.EDITOR));
        model.addAttribute("canEdit", role.includes(OrgRole.EDITOR));
        model.addAttribute("canDecide", role.includes(OrgRole.REVIEWER));
        return "riskassessment/assessment";
    }

    @GetMapping("/orgs/{orgId}/risk-assessments/{assessmentId}/soa")
    @OrganisationScoped(OrgRole.VIEWER)
    String statementOfApplicability(@PathVariable UUID orgId, @PathVariable UUID assessmentId,
                                    @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role,
                                    Model model) {
        StoredAssessment stored = assessments.get(orgId, assessmentId);
        describe(orgId, stored, model);
        model.addAttribute("editable", stored.isDraft() && role.includes(OrgRole.EDITOR));
        model.addAttribute("soa", StatementOfApplicability.of(stored.assessment(), AnnexA.controls()));
        return "riskassessment/soa";
    }

    /** A reason in both languages declares the control not applicable; both left blank take the declaration back. */
    @PostMapping("/orgs/{orgId}/risk-assessments/{assessmentId}/soa")
    @OrganisationScoped(OrgRole.EDITOR)
    String declareNotApplicable(@PathVariable UUID orgId, @PathVariable UUID assessmentId,
                                @RequestParam String control, @RequestParam(defaultValue = "") String reasonJa,
                                @RequestParam(defaultValue = "") String reasonEn, RedirectAttributes redirect) {
        LocalizedText reason = reasonJa.isBlank() && reasonEn.isBlank() ? null
                : new LocalizedText(reasonJa.isBlank() ? reasonEn.strip() : reasonJa.strip(),
                        reasonEn.isBlank() ? reasonJa.strip() : reasonEn.strip());
        refusable(orgId, assessmentId, redirect, "risk.soa.saved",
                () -> assessments.declareNotApplicable(orgId, assessmentId, control, reason));
        return "redirect:/orgs/" + orgId + "/risk-assessments/" + assessmentId + "/soa";
    }

    @GetMapping("/orgs/{orgId}/risk-assessments/{assessmentId}/rows/{rowId}")
    @OrganisationScoped(OrgRole.VIEWER)
    String row(@PathVariable UUID orgId, @PathVariable UUID assessmentId, @PathVariable String rowId, Model model) {
        StoredAssessment stored = assessments.get(orgId, assessmentId);
        RiskRow row = stored.assessment().rows().stream().filter(candidate -> candidate.id().equals(rowId))
                .findFirst().orElseThrow(NotFoundException::new);
        return rowForm(orgId, stored, RowForm.of(row), rowId, model);
    }

    @GetMapping("/orgs/{orgId}/risk-assessments/{assessmentId}/new-row")
    @OrganisationScoped(OrgRole.EDITOR)
    String newRow(@PathVariable UUID orgId, @PathVariable UUID assessmentId, Model model) {
        StoredAssessment stored = assessments.get(orgId, assessmentId);
        String id = "R" + String.format("%02d", stored.assessment().rows().size() + 1);
        return rowForm(orgId, stored, new RowForm(id, "", "1", "1", "1", "", "", "1", "1", "", "1", "1",
                Responsibility.VENDOR.name(), Treatment.MITIGATE.name(), "", ""), null, model);
    }

    /** Adds a row ({@code replacing} blank) or changes one; a refused row is shown again as typed, with why. */
    @PostMapping("/orgs/{orgId}/risk-assessments/{assessmentId}/rows")
    @OrganisationScoped(OrgRole.EDITOR)
    String saveRow(@PathVariable UUID orgId, @PathVariable UUID assessmentId,
                   @RequestParam(required = false) String replacing, @ModelAttribute RowForm form, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        StoredAssessment stored = assessments.get(orgId, assessmentId);
        String replaced = replacing == null || replacing.isBlank() ? null : replacing;
        try {
            assessments.saveRow(orgId, assessmentId, replaced, form.toRow());
            redirect.addFlashAttribute("notice", "risk.row.saved");
            return "redirect:/orgs/" + orgId + "/risk-assessments/" + assessmentId;
        } catch (InvalidRiskDataException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", RiskMethodController.localized(invalid));
            return rowForm(orgId, stored, form, replaced, model);
        }
    }

    @PostMapping("/orgs/{orgId}/risk-assessments/{assessmentId}/rows/{rowId}/delete")
    @OrganisationScoped(OrgRole.EDITOR)
    String deleteRow(@PathVariable UUID orgId, @PathVariable UUID assessmentId, @PathVariable String rowId,
                     RedirectAttributes redirect) {
        return refusable(orgId, assessmentId, redirect, "risk.row.deleted",
                () -> assessments.deleteRow(orgId, assessmentId, rowId));
    }

    @PostMapping("/orgs/{orgId}/risk-assessments/{assessmentId}/method")
    @OrganisationScoped(OrgRole.EDITOR)
    String changeMethod(@PathVariable UUID orgId, @PathVariable UUID assessmentId, @RequestParam String method,
                        RedirectAttributes redirect) {
        return refusable(orgId, assessmentId, redirect, "risk.method.recalculated",
                () -> assessments.changeMethod(orgId, assessmentId, method));
    }

    /** Submitting and going back to draft are for editors; accepting and rejecting for reviewers and above. */
    @PostMapping("/orgs/{orgId}/risk-assessments/{assessmentId}/state")
    @OrganisationScoped(OrgRole.REVIEWER)
    String move(@PathVariable UUID orgId, @PathVariable UUID assessmentId, @RequestParam AssessmentState to,
                @AuthenticationPrincipal ShinraiPrincipal caller,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role,
                RedirectAttributes redirect) {
        boolean decision = to == AssessmentState.ACCEPTED || to == AssessmentState.REJECTED;
        if (!decision && !role.includes(OrgRole.EDITOR)) {
            throw new ForbiddenException();
        }
        return refusable(orgId, assessmentId, redirect, "risk.state." + to.name(),
                () -> assessments.move(orgId, assessmentId, to, caller));
    }

    @PostMapping("/orgs/{orgId}/risk-assessments/{assessmentId}/next-version")
    @OrganisationScoped(OrgRole.EDITOR)
    String nextVersion(@PathVariable UUID orgId, @PathVariable UUID assessmentId, RedirectAttributes redirect) {
        StoredAssessment next = assessments.nextVersion(orgId, assessmentId);
        redirect.addFlashAttribute("notice", "risk.assessment.newVersion");
        return "redirect:/orgs/" + orgId + "/risk-assessments/" + next.id();
    }

    private String refusable(UUID orgId, UUID assessmentId, RedirectAttributes redirect, String notice,
                             Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidRiskDataException invalid) {
            redirect.addFlashAttribute("problems", RiskMethodController.localized(invalid));
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("problem", conflict.messageKey());
        }
        return "redirect:/orgs/" + orgId + "/risk-assessments/" + assessmentId;
    }

    private String rowForm(UUID orgId, StoredAssessment stored, RowForm form, String replacing, Model model) {
        describe(orgId, stored, model);
        model.addAttribute("form", form);
        model.addAttribute("replacing", replacing);
        model.addAttribute("responsibilities", Responsibility.values());
        model.addAttribute("treatments", Treatment.values());
        model.addAttribute("editable", stored.isDraft());
        return "riskassessment/row";
    }

    private void describe(UUID orgId, StoredAssessment stored, Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("stored", stored);
        model.addAttribute("assessment", stored.assessment());
        model.addAttribute("method", stored.assessment().method());
        model.addAttribute("service", services.get(orgId, stored.serviceId()));
        model.addAttribute("hospital", stored.hospitalId() == null ? null : organisations.get(stored.hospitalId()));
        model.addAttribute("catalogue", stored.assessment().catalogue());
        model.addAttribute("names", new RiskNames(stored.assessment().catalogue(), vocabulary.annexA()));
    }
}
