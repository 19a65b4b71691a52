package io.shinrai.server.checklist;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.Item;
import io.shinrai.server.attachment.RefusedAttachmentException;
import io.shinrai.server.checklist.ReminderMails.Outcome;
import io.shinrai.server.checklist.VendorForms.SystemVendorForm;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hospital's checklist rounds: the list of years, starting a year, answering a form section by section (saved as
 * you go, like disclosures), its evidence, and sending the reminder mails now.
 */
@Controller
class ChecklistController {

    private static final String HOSPITAL_FORM = "/orgs/{orgId}/checklists/{roundId}";
    private static final String VENDOR_FORM = "/orgs/{orgId}/checklists/{roundId}/vendors/{systemId}";

    private final Checklists checklists;
    private final VendorForms vendorForms;
    private final Inventory inventory;
    private final ChecklistReminders reminders;
    private final ReminderMails mails;
    private final ChecklistPage page;

    ChecklistController(Checklists checklists, VendorForms vendorForms, Inventory inventory,
                        ChecklistReminders reminders, ReminderMails mails, ChecklistPage page) {
        this.checklists = checklists;
        this.vendorForms = vendorForms;
        this.inventory = inventory;
        this.reminders = reminders;
        this.mails = mails;
        this.page = page;
    }

    /** A round as listed: how far the hospital's own form is, and how many systems have their vendor's form. */
    public record RoundSummary(ChecklistRound round, ChecklistForm hospitalForm, List<SystemVendorForm> systems) {

        public long vendorFormsPresent() {
            return systems.stream().filter(SystemVendorForm::present).count();
        }
    }

    @GetMapping("/orgs/{orgId}/checklists")
    @OrganisationScoped(OrgRole.VIEWER)
    String index(@PathVariable UUID orgId, @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role,
                 Model model) {
        Organisation hospital = inventory.hospital(orgId);
        List<ChecklistRound> rounds = checklists.rounds(orgId);
        FiscalYear current = FiscalYear.containing(checklists.today());
        Set<FiscalYear> started = rounds.stream().map(ChecklistRound::year).collect(Collectors.toSet());
        model.addAttribute("organisation", hospital);
        model.addAttribute("rounds", rounds.stream().map(round -> new RoundSummary(round,
                checklists.form(orgId, round.id(), null).orElseThrow(), vendorForms.of(orgId, round.id()))).toList());
        model.addAttribute("reminders", reminders.of(orgId));
        model.addAttribute("startableYears", Stream.of(current, current.next(), current.previous())
                .filter(year -> !started.contains(year)).toList());
        model.addAttribute("canEdit", role.includes(OrgRole.EDITOR));
        model.addAttribute("canSendReminders", role.includes(OrgRole.ORG_ADMIN));
        model.addAttribute("mailEnabled", mails.enabled());
        return "checklist/index";
    }

    @PostMapping("/orgs/{orgId}/checklists")
    @OrganisationScoped(OrgRole.EDITOR)
    String start(@PathVariable UUID orgId, @RequestParam int year,
                 @RequestParam(defaultValue = "false") boolean carryOver, RedirectAttributes redirect) {
        try {
            ChecklistRound round = checklists.start(orgId, new FiscalYear(year), carryOver);
            redirect.addFlashAttribute("notice", "checklist.started");
            return "redirect:/orgs/" + orgId + "/checklists/" + round.id();
        } catch (ConflictException exists) {
            redirect.addFlashAttribute("problem", exists.messageKey());
            return "redirect:/orgs/" + orgId + "/checklists";
        }
    }

    @GetMapping(HOSPITAL_FORM)
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @PathVariable UUID roundId, @RequestParam(required = false) String section,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model) {
        page.describe(model, inventory.hospital(orgId), checklists.round(orgId, roundId), null,
                checklists.form(orgId, roundId, null).orElseThrow(), section, role.includes(OrgRole.EDITOR));
        return "checklist/form";
    }

    /**
     * Saves one section of a form the hospital keeps. htmx sends the section on every change and gets the progress
     * back; without JavaScript the form's button does the same and the page is shown again.
     */
    @PostMapping({HOSPITAL_FORM + "/sections/{sectionId}", VENDOR_FORM + "/sections/{sectionId}"})
    @OrganisationScoped(OrgRole.EDITOR)
    String saveSection(@PathVariable UUID orgId, @PathVariable UUID roundId,
                       @PathVariable(required = false) UUID systemId, @PathVariable String sectionId,
                       @RequestParam MultiValueMap<String, String> fields,
                       @RequestHeader(name = "HX-Request", required = false) String htmx,
                       Model model, RedirectAttributes redirect) {
        ChecklistForm form = checklists.form(orgId, roundId, systemId).orElseThrow(NotFoundException::new);
        Map<String, ChecklistAnswer> given = new HashMap<>();
        for (Item item : form.catalogue().allItems()) {
            if (fields.containsKey("answer:" + item.ref())) {
                given.put(item.ref(), answerFrom(item, fields));
            }
        }
        ChecklistForm saved = checklists.answer(orgId, roundId, systemId, sectionId, given);
        if (htmx != null) {
            model.addAttribute("form", saved);
            model.addAttribute("basePath", ChecklistPage.basePath(orgId, roundId, systemId));
            return "checklist/form :: progress";
        }
        redirect.addFlashAttribute("notice", "checklist.saved");
        return "redirect:" + ChecklistPage.basePath(orgId, roundId, systemId) + "?section=" + sectionId;
    }

    @PostMapping({HOSPITAL_FORM + "/evidence", VENDOR_FORM + "/evidence"})
    @OrganisationScoped(OrgRole.EDITOR)
    String addEvidence(@PathVariable UUID orgId, @PathVariable UUID roundId,
                       @PathVariable(required = false) UUID systemId, @RequestParam String ref,
                       @RequestParam(required = false) String section, @RequestParam MultipartFile file,
                       RedirectAttributes redirect) throws IOException {
        try {
            checklists.addEvidence(orgId, roundId, systemId, ref, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("notice", "checklist.evidenceAdded");
        } catch (RefusedAttachmentException refused) {
            redirect.addFlashAttribute("refusedFile", refused);
        }
        return "redirect:" + ChecklistPage.basePath(orgId, roundId, systemId)
                + (section == null ? "" : "?section=" + section);
    }

    @PostMapping({HOSPITAL_FORM + "/evidence/{attachmentId}/delete", VENDOR_FORM + "/evidence/{attachmentId}/delete"})
    @OrganisationScoped(OrgRole.EDITOR)
    String removeEvidence(@PathVariable UUID orgId, @PathVariable UUID roundId,
                          @PathVariable(required = false) UUID systemId, @PathVariable UUID attachmentId,
                          @RequestParam(required = false) String section, RedirectAttributes redirect) {
        checklists.removeEvidence(orgId, roundId, systemId, attachmentId);
        redirect.addFlashAttribute("notice", "checklist.evidenceRemoved");
        return "redirect:" + ChecklistPage.basePath(orgId, roundId, systemId)
                + (section == null ? "" : "?section=" + section);
    }

    @PostMapping("/orgs/{orgId}/checklists/reminders")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String sendReminders(@PathVariable UUID orgId, RedirectAttributes redirect) {
        Organisation hospital = inventory.hospital(orgId);
        if (!mails.enabled()) {
            redirect.addFlashAttribute("problem", "checklist.mailOff");
        } else {
            Outcome outcome = mails.sendFor(hospital);
            redirect.addFlashAttribute("remindersSent", outcome);
        }
        return "redirect:/orgs/" + orgId + "/checklists";
    }

    private static ChecklistAnswer answerFrom(Item item, MultiValueMap<String, String> fields) {
        String ref = item.ref();
        String chosen = fields.getFirst("answer:" + ref);
        Answer answer = item.answers().answers().stream().filter(offered -> offered.name().equals(chosen))
                .findFirst().orElse(null);
        return new ChecklistAnswer(answer, day(fields.getFirst("checkedOn:" + ref)),
                day(fields.getFirst("targetOn:" + ref)), fields.getFirst("remarks:" + ref));
    }

    /** A date as a date field sends it; anything else is taken as not given. */
    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
