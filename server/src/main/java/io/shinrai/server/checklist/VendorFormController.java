package io.shinrai.server.checklist;

import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The vendors' forms of a round: which systems have theirs, and each system's form linked or recorded. */
@Controller
class VendorFormController {

    private static final String VENDOR_FORM = "/orgs/{orgId}/checklists/{roundId}/vendors/{systemId}";

    private final Checklists checklists;
    private final VendorForms vendorForms;
    private final Inventory inventory;
    private final ChecklistReminders reminders;
    private final ChecklistPage page;

    VendorFormController(Checklists checklists, VendorForms vendorForms, Inventory inventory,
                         ChecklistReminders reminders, ChecklistPage page) {
        this.checklists = checklists;
        this.vendorForms = vendorForms;
        this.inventory = inventory;
        this.reminders = reminders;
        this.page = page;
    }

    @GetMapping("/orgs/{orgId}/checklists/{roundId}/vendors")
    @OrganisationScoped(OrgRole.VIEWER)
    String list(@PathVariable UUID orgId, @PathVariable UUID roundId, Model model) {
        model.addAttribute("organisation", inventory.hospital(orgId));
        model.addAttribute("round", checklists.round(orgId, roundId));
        model.addAttribute("systems", vendorForms.of(orgId, roundId));
        model.addAttribute("reminders", reminders.of(orgId));
        model.addAttribute("today", checklists.today());
        return "checklist/vendors";
    }

    @GetMapping(VENDOR_FORM)
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @PathVariable UUID roundId, @PathVariable UUID systemId,
                @RequestParam(required = false) String section,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model) {
        Organisation hospital = inventory.hospital(orgId);
        InventorySystem system = inventory.get(orgId, systemId);
        ChecklistForm form = checklists.form(orgId, roundId, systemId).orElse(null);
        page.describe(model, hospital, checklists.round(orgId, roundId), system, form, section,
                role.includes(OrgRole.EDITOR));
        if (form == null) {
            model.addAttribute("linkable", vendorForms.linkable(orgId, system));
        }
        return "checklist/form";
    }

    @PostMapping(VENDOR_FORM + "/link")
    @OrganisationScoped(OrgRole.EDITOR)
    String link(@PathVariable UUID orgId, @PathVariable UUID roundId, @PathVariable UUID systemId,
                @RequestParam UUID disclosureId, RedirectAttributes redirect) {
        vendorForms.link(orgId, roundId, systemId, disclosureId);
        redirect.addFlashAttribute("notice", "checklist.vendorLinked");
        return "redirect:" + ChecklistPage.basePath(orgId, roundId, systemId);
    }

    @PostMapping(VENDOR_FORM + "/record")
    @OrganisationScoped(OrgRole.EDITOR)
    String record(@PathVariable UUID orgId, @PathVariable UUID roundId, @PathVariable UUID systemId) {
        vendorForms.record(orgId, roundId, systemId);
        return "redirect:" + ChecklistPage.basePath(orgId, roundId, systemId);
    }

    @PostMapping(VENDOR_FORM + "/remove")
    @OrganisationScoped(OrgRole.EDITOR)
    String remove(@PathVariable UUID orgId, @PathVariable UUID roundId, @PathVariable UUID systemId,
                  RedirectAttributes redirect) {
        vendorForms.remove(orgId, roundId, systemId);
        redirect.addFlashAttribute("notice", "checklist.vendorRemoved");
        return "redirect:" + ChecklistPage.basePath(orgId, roundId, systemId);
    }
}
