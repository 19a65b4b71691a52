package io.shinrai.server.gap;

import io.shinrai.hospital.Gap;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.security.ShinraiPrincipal;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.Paged;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The gaps of each system and of the whole hospital, and the risk evaluation of each gap. */
@Controller
class GapController {

    /** A long ledger is shown a hundred systems at a time; the counts above the table are of all of them. */

    private final Gaps gaps;
    private final RiskEvaluations evaluations;
    private final Inventory inventory;
    private final Clock clock;

    GapController(Gaps gaps, RiskEvaluations evaluations, Inventory inventory, Clock clock) {
        this.gaps = gaps;
        this.evaluations = evaluations;
        this.inventory = inventory;
        this.clock = clock;
    }

    @GetMapping("/orgs/{orgId}/gaps")
    @OrganisationScoped(OrgRole.VIEWER)
    String portfolio(@PathVariable UUID orgId, @RequestParam(required = false) String vendor,
                     @RequestParam(required = false) Portfolio.Status status,
                     @RequestParam(defaultValue = "1") int page, Model model) {
        Organisation hospital = inventory.hospital(orgId);
        Portfolio portfolio = Portfolio.of(hospital, gaps.portfolio(orgId), vendor, today());
        model.addAttribute("organisation", hospital);
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("rows", Paged.of(portfolio.rows().stream()
                .filter(row -> status == null || row.status() == status).toList(), page, Paged.SYSTEMS_PER_PAGE));
        model.addAttribute("vendor", vendor);
        model.addAttribute("status", status);
        model.addAttribute("today", today());
        return "gap/portfolio";
    }

    @GetMapping("/orgs/{orgId}/inventory/{systemId}/gaps")
    @OrganisationScoped(OrgRole.VIEWER)
    String system(@PathVariable UUID orgId, @PathVariable UUID systemId, Model model) {
        Organisation hospital = inventory.hospital(orgId);
        InventorySystem system = inventory.get(orgId, systemId);
        model.addAttribute("organisation", hospital);
        model.addAttribute("system", system);
        model.addAttribute("critical", system.critical(hospital));
        model.addAttribute("disclosures", gaps.of(orgId, systemId));
        model.addAttribute("today", today());
        return "gap/system";
    }

    @GetMapping("/orgs/{orgId}/inventory/{systemId}/gaps/{catalogueId}/{ref}")
    @OrganisationScoped(OrgRole.VIEWER)
    String evaluation(@PathVariable UUID orgId, @PathVariable UUID systemId, @PathVariable String catalogueId,
                      @PathVariable String ref,
                      @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model) {
        GapKey key = new GapKey(systemId, catalogueId, ref);
        List<RiskEvaluation> history = evaluations.history(orgId, key);
        Optional<SystemGaps> disclosure = gaps.of(orgId, systemId).stream()
                .filter(candidate -> candidate.catalogue().id().equals(catalogueId)).findFirst();
        Optional<Gap> gap = disclosure.flatMap(found -> found.report().gaps().stream()
                .filter(candidate -> candidate.ref().equals(ref)).findFirst());
        model.addAttribute("organisation", inventory.hospital(orgId));
        model.addAttribute("system", inventory.get(orgId, systemId));
        model.addAttribute("disclosure", disclosure.orElse(null));
        model.addAttribute("gap", gap.orElse(null));
        model.addAttribute("ref", ref);
        model.addAttribute("catalogueId", catalogueId);
        model.addAttribute("history", history);
        model.addAttribute("canPropose", role.includes(OrgRole.EDITOR));
        model.addAttribute("canApprove", role.includes(OrgRole.REVIEWER) && !history.isEmpty()
                && history.get(0).status() == EvaluationStatus.PROPOSED);
        if (!model.containsAttribute("evaluationForm")) {
            model.addAttribute("evaluationForm",
                    history.isEmpty() ? EvaluationForm.empty() : EvaluationForm.of(history.get(0)));
        }
        model.addAttribute("decisions", RiskDecision.values());
        return "gap/evaluation";
    }

    @PostMapping("/orgs/{orgId}/inventory/{systemId}/gaps/{catalogueId}/{ref}/propose")
    @OrganisationScoped(OrgRole.EDITOR)
    String propose(@PathVariable UUID orgId, @PathVariable UUID systemId, @PathVariable String catalogueId,
                   @PathVariable String ref, @Valid @ModelAttribute("evaluationForm") EvaluationForm evaluationForm,
                   BindingResult errors, @AuthenticationPrincipal ShinraiPrincipal caller,
                   @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model,
                   RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                evaluations.propose(orgId, new GapKey(systemId, catalogueId, ref), evaluationForm.proposal(),
                        caller);
                redirect.addFlashAttribute("notice", "evaluation.proposed");
                return "redirect:" + gapPath(orgId, systemId, catalogueId, ref);
            } catch (ConflictException conflict) {
                errors.rejectValue("controls", conflict.messageKey());
            }
        }
        return evaluation(orgId, systemId, catalogueId, ref, role, model);
    }

    @PostMapping("/orgs/{orgId}/inventory/{systemId}/gaps/{catalogueId}/{ref}/approve")
    @OrganisationScoped(OrgRole.REVIEWER)
    String approve(@PathVariable UUID orgId, @PathVariable UUID systemId, @PathVariable String catalogueId,
                   @PathVariable String ref, @AuthenticationPrincipal ShinraiPrincipal caller,
                   RedirectAttributes redirect) {
        try {
            evaluations.approve(orgId, new GapKey(systemId, catalogueId, ref), caller);
            redirect.addFlashAttribute("notice", "evaluation.approved");
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("problem", conflict.messageKey());
        }
        return "redirect:" + gapPath(orgId, systemId, catalogueId, ref);
    }

    @PostMapping("/orgs/{orgId}/inventory/{systemId}/gaps/{catalogueId}/{ref}/return")
    @OrganisationScoped(OrgRole.REVIEWER)
    String returnWithComment(@PathVariable UUID orgId, @PathVariable UUID systemId,
                             @PathVariable String catalogueId, @PathVariable String ref,
                             @RequestParam(defaultValue = "") String comment,
                             @AuthenticationPrincipal ShinraiPrincipal caller, RedirectAttributes redirect) {
        try {
            evaluations.returnWithComment(orgId, new GapKey(systemId, catalogueId, ref), comment, caller);
            redirect.addFlashAttribute("notice", "evaluation.returned");
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("problem", conflict.messageKey());
        }
        return "redirect:" + gapPath(orgId, systemId, catalogueId, ref);
    }

    private static String gapPath(UUID orgId, UUID systemId, String catalogueId, String ref) {
        return UriComponentsBuilder.fromPath("/orgs/{o}/inventory/{s}/gaps/{c}/{r}")
                .buildAndExpand(orgId, systemId, catalogueId, ref).encode().toUriString();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ActivityLog.DISPLAY_ZONE));
    }
}
