package io.shinrai.server.maintenance;

import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.security.ShinraiPrincipal;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
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

/**
 * Remote maintenance pages for both sides. Vendors request windows and take one-time tokens; hospitals approve,
 * reject, review emergencies afterwards and stop. Every step that opens a way in asks for two-factor sign-in; the
 * stop does not, so that nobody is kept from cutting a session.
 */
@Controller
class MaintenanceController {

    private final MaintenanceWindows windows;
    private final Organisations organisations;
    private final RestrictedTerminals terminals;
    private final SecondFactor secondFactor;
    private final Clock clock;

    MaintenanceController(MaintenanceWindows windows, Organisations organisations, RestrictedTerminals terminals,
                          SecondFactor secondFactor, Clock clock) {
        this.windows = windows;
        this.organisations = organisations;
        this.terminals = terminals;
        this.secondFactor = secondFactor;
        this.clock = clock;
    }

    @GetMapping("/orgs/{orgId}/maintenance")
    @OrganisationScoped(OrgRole.VIEWER)
    String list(@PathVariable UUID orgId, @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role,
                HttpServletRequest request, Model model) {
        Organisation organisation = organisations.get(orgId);
        Instant now = clock.instant();
        List<WindowListing> all = windows.of(orgId);
        model.addAttribute("organisation", organisation);
        model.addAttribute("current", all.stream().filter(listing -> !listing.window().over(now))
                .sorted(java.util.Comparator.comparing(listing -> listing.window().startsAt())).toList());
        model.addAttribute("history", all.stream().filter(listing -> listing.window().over(now)).toList());
        model.addAttribute("now", now);
        model.addAttribute("canEdit", role.includes(OrgRole.EDITOR));
        model.addAttribute("twoFactor", secondFactor.passed(request, organisation.isHospital() ? orgId : null));
        if (organisation.isHospital()) {
            model.addAttribute("terminals", terminals.of(orgId));
            model.addAttribute("canRecordTerminals", role.includes(OrgRole.ORG_ADMIN));
            model.addAttribute("callerAddress", request.getRemoteAddr());
        }
        return "maintenance/list";
    }

    @GetMapping("/orgs/{orgId}/maintenance/new")
    @OrganisationScoped(OrgRole.EDITOR)
    String newRequest(@PathVariable UUID orgId, HttpServletRequest request, Model model) {
        return form(organisations.get(orgId), WindowRequest.empty(), request, model);
    }

    @PostMapping("/orgs/{orgId}/maintenance")
    @OrganisationScoped(OrgRole.EDITOR)
    String request(@PathVariable UUID orgId, @Valid @ModelAttribute("windowRequest") WindowRequest windowRequest,
                   BindingResult errors, @AuthenticationPrincipal ShinraiPrincipal who, HttpServletRequest request,
                   Model model, RedirectAttributes redirect) {
        Organisation vendor = organisations.get(orgId);
        requireSecondFactor(request, null);
        if (!errors.hasErrors()) {
            try {
                MaintenanceWindow window = windows.request(orgId, who, windowRequest);
                redirect.addFlashAttribute("notice", "maintenance.requested");
                return "redirect:/orgs/" + orgId + "/maintenance/" + window.id();
            } catch (ConflictException conflict) {
                errors.reject(conflict.messageKey());
            }
        }
        return form(vendor, windowRequest, request, model);
    }

    @GetMapping("/orgs/{orgId}/maintenance/{windowId}")
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @PathVariable UUID windowId,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, HttpServletRequest request,
                Model model) {
        Organisation organisation = organisations.get(orgId);
        WindowListing listing = windows.get(orgId, windowId);
        Instant now = clock.instant();
        model.addAttribute("organisation", organisation);
        model.addAttribute("listing", listing);
        model.addAttribute("connections", windows.connections(windowId));
        model.addAttribute("open", listing.window().cleared() && listing.window().openAt(now));
        model.addAttribute("over", listing.window().over(now));
        model.addAttribute("asHospital", listing.window().hospitalId().equals(orgId));
        model.addAttribute("canEdit", role.includes(OrgRole.EDITOR));
        model.addAttribute("twoFactor", secondFactor.passed(request,
                organisation.isHospital() ? orgId : null));
        return "maintenance/show";
    }

    @PostMapping("/orgs/{orgId}/maintenance/{windowId}/decision")
    @OrganisationScoped(OrgRole.EDITOR)
    String decide(@PathVariable UUID orgId, @PathVariable UUID windowId, @RequestParam boolean approve,
                  @AuthenticationPrincipal ShinraiPrincipal who, HttpServletRequest request,
                  RedirectAttributes redirect) {
        requireSecondFactor(request, orgId);
        try {
            windows.decide(orgId, windowId, approve, who);
            redirect.addFlashAttribute("notice", approve ? "maintenance.approved" : "maintenance.rejected");
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("notice", conflict.messageKey());
        }
        return "redirect:/orgs/" + orgId + "/maintenance/" + windowId;
    }

    @PostMapping("/orgs/{orgId}/maintenance/{windowId}/stop")
    @OrganisationScoped(OrgRole.EDITOR)
    String stop(@PathVariable UUID orgId, @PathVariable UUID windowId, @AuthenticationPrincipal ShinraiPrincipal who,
                RedirectAttributes redirect) {
        try {
            windows.stop(orgId, windowId, who);
            redirect.addFlashAttribute("notice", "maintenance.stopped");
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("notice", conflict.messageKey());
        }
        return "redirect:/orgs/" + orgId + "/maintenance/" + windowId;
    }

    @PostMapping("/orgs/{orgId}/maintenance/{windowId}/tokens")
    @OrganisationScoped(OrgRole.EDITOR)
    String issueToken(@PathVariable UUID orgId, @PathVariable UUID windowId,
                      @AuthenticationPrincipal ShinraiPrincipal who, HttpServletRequest request, Model model,
                      RedirectAttributes redirect) {
        requireSecondFactor(request, null);
        WindowListing listing = windows.get(orgId, windowId);
        try {
            model.addAttribute("issued", windows.issueToken(orgId, windowId, who));
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("notice", conflict.messageKey());
            return "redirect:/orgs/" + orgId + "/maintenance/" + windowId;
        }
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("listing", listing);
        return "maintenance/token";
    }

    @PostMapping("/orgs/{orgId}/maintenance/terminals")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String recordTerminal(@PathVariable UUID orgId, @RequestParam String address, @RequestParam String room,
                          @AuthenticationPrincipal ShinraiPrincipal who, RedirectAttributes redirect) {
        hospital(orgId);
        try {
            terminals.record(orgId, address, room, who);
            redirect.addFlashAttribute("notice", "maintenance.terminalRecorded");
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("notice", conflict.messageKey());
        }
        return "redirect:/orgs/" + orgId + "/maintenance";
    }

    @PostMapping("/orgs/{orgId}/maintenance/terminals/{terminalId}/delete")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String removeTerminal(@PathVariable UUID orgId, @PathVariable UUID terminalId, RedirectAttributes redirect) {
        terminals.remove(orgId, terminalId);
        redirect.addFlashAttribute("notice", "maintenance.terminalRemoved");
        return "redirect:/orgs/" + orgId + "/maintenance";
    }

    private String form(Organisation vendor, WindowRequest windowRequest, HttpServletRequest request, Model model) {
        model.addAttribute("organisation", vendor);
        model.addAttribute("windowRequest", windowRequest);
        model.addAttribute("systems", windows.maintainedBy(vendor.id()));
        model.addAttribute("twoFactor", secondFactor.passed(request, null));
        return "maintenance/request";
    }

    private void requireSecondFactor(HttpServletRequest request, UUID hospitalId) {
        if (!secondFactor.passed(request, hospitalId)) {
            throw new SecondFactorMissing();
        }
    }

    /** A step that opens a way in was asked for by a sign-in without the second factor. */
    static final class SecondFactorMissing extends RuntimeException {

        SecondFactorMissing() {
            super("two-factor sign-in needed", null, false, false);
        }
    }

    @ExceptionHandler(SecondFactorMissing.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String secondFactorMissing() {
        return "maintenance/second-factor";
    }

    private Organisation hospital(UUID orgId) {
        Organisation organisation = organisations.get(orgId);
        if (!organisation.isHospital()) {
            throw new NotFoundException();
        }
        return organisation;
    }
}
