package io.shinrai.server.inventory;

import io.shinrai.disclosure.file.UnusableFileException;
import io.shinrai.inventory.LedgerCsv;
import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.LedgerImport;
import io.shinrai.inventory.LedgerReader;
import io.shinrai.inventory.LedgerWorkbook;
import io.shinrai.inventory.SystemCategory;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.disclosure.Sharing;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.web.Paged;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import jakarta.validation.Valid;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hospital's ledger of systems: list, add, edit, remove, and the ledger as an Excel or CSV file. */
@Controller
class InventoryController {

    private final Inventory inventory;
    private final Intake intake;
    private final Sharing sharing;
    private final Vendors vendors;
    private final Clock clock;

    InventoryController(Inventory inventory, Intake intake, Sharing sharing, Vendors vendors, Clock clock) {
        this.inventory = inventory;
        this.intake = intake;
        this.sharing = sharing;
        this.vendors = vendors;
        this.clock = clock;
    }

    @GetMapping("/orgs/{orgId}/inventory")
    @OrganisationScoped(OrgRole.VIEWER)
    String list(@PathVariable UUID orgId, @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role,
                @RequestParam(defaultValue = "1") int page, Model model) {
        Organisation hospital = inventory.hospital(orgId);
        model.addAttribute("organisation", hospital);
        Paged<InventorySystem> systems = Paged.of(inventory.of(orgId), page, Paged.SYSTEMS_PER_PAGE);
        model.addAttribute("systems", systems);
        model.addAttribute("disclosures", intake.ofHospital(orgId, systems.items()));
        model.addAttribute("canEdit", role.includes(OrgRole.EDITOR));
        return "inventory/list";
    }

    @GetMapping("/orgs/{orgId}/inventory/new")
    @OrganisationScoped(OrgRole.EDITOR)
    String newSystem(@PathVariable UUID orgId, Model model) {
        return form(orgId, null, SystemForm.empty(), model);
    }

    @PostMapping("/orgs/{orgId}/inventory")
    @OrganisationScoped(OrgRole.EDITOR)
    String add(@PathVariable UUID orgId, @Valid @ModelAttribute("systemForm") SystemForm systemForm,
               BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                InventorySystem added = inventory.add(orgId, systemForm.entry());
                redirect.addFlashAttribute("notice", "inventory.added");
                return "redirect:/orgs/" + orgId + "/inventory/" + added.id();
            } catch (ConflictException conflict) {
                errors.rejectValue("name", conflict.messageKey());
            }
        }
        return form(orgId, null, systemForm, model);
    }

    @GetMapping("/orgs/{orgId}/inventory/{systemId}")
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @PathVariable UUID systemId,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model) {
        Organisation hospital = inventory.hospital(orgId);
        InventorySystem system = inventory.get(orgId, systemId);
        model.addAttribute("organisation", hospital);
        model.addAttribute("system", system);
        model.addAttribute("critical", system.critical(hospital));
        model.addAttribute("disclosures", intake.of(orgId, system));
        model.addAttribute("history", intake.history(orgId, systemId));
        model.addAttribute("attachable", attachable(orgId, system));
        model.addAttribute("canEdit", role.includes(OrgRole.EDITOR));
        return "inventory/show";
    }

    @GetMapping("/orgs/{orgId}/inventory/{systemId}/edit")
    @OrganisationScoped(OrgRole.EDITOR)
    String edit(@PathVariable UUID orgId, @PathVariable UUID systemId, Model model) {
        return form(orgId, systemId, SystemForm.of(inventory.get(orgId, systemId).entry()), model);
    }

    @PostMapping("/orgs/{orgId}/inventory/{systemId}")
    @OrganisationScoped(OrgRole.EDITOR)
    String update(@PathVariable UUID orgId, @PathVariable UUID systemId,
                  @Valid @ModelAttribute("systemForm") SystemForm systemForm, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                inventory.update(orgId, systemId, systemForm.entry());
                redirect.addFlashAttribute("notice", "inventory.saved");
                return "redirect:/orgs/" + orgId + "/inventory/" + systemId;
            } catch (ConflictException conflict) {
                errors.rejectValue("name", conflict.messageKey());
            }
        }
        return form(orgId, systemId, systemForm, model);
    }

    @PostMapping("/orgs/{orgId}/inventory/{systemId}/delete")
    @OrganisationScoped(OrgRole.EDITOR)
    String remove(@PathVariable UUID orgId, @PathVariable UUID systemId, RedirectAttributes redirect) {
        inventory.remove(orgId, systemId);
        redirect.addFlashAttribute("notice", "inventory.removed");
        return "redirect:/orgs/" + orgId + "/inventory";
    }

    @GetMapping("/orgs/{orgId}/inventory/export")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> export(@PathVariable UUID orgId, @RequestParam(defaultValue = "xlsx") String format)
            throws IOException {
        Organisation hospital = inventory.hospital(orgId);
        List<InventorySystem> systems = inventory.of(orgId);
        List<LedgerEntry> entries = systems.stream().map(InventorySystem::entry).toList();
        List<LedgerEntry> critical = systems.stream()
                .filter(system -> system.critical(hospital)).map(InventorySystem::entry).toList();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        Locale locale = LocaleContextHolder.getLocale();
        String name = ("en".equals(locale.getLanguage()) ? LedgerWorkbook.SHEET_EN : LedgerWorkbook.SHEET_JA)
                + "-" + LocalDate.now(clock.withZone(ActivityLog.DISPLAY_ZONE));
        MediaType type;
        if (format.equals("csv")) {
            LedgerCsv.write(entries, critical::contains, locale, file);
            type = new MediaType("text", "csv", StandardCharsets.UTF_8);
        } else if (format.equals("xlsx")) {
            LedgerWorkbook.write(entries, critical::contains, locale, file);
            type = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        } else {
            throw new NotFoundException();
        }
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name + "." + format, StandardCharsets.UTF_8).build()
                        .toString()).body(file.toByteArray());
    }

    /** A whole ledger file or nothing: every row with a problem is listed and nothing is changed. */
    @PostMapping("/orgs/{orgId}/inventory/import")
    @OrganisationScoped(OrgRole.EDITOR)
    String importLedger(@PathVariable UUID orgId, @RequestParam("file") MultipartFile file,
                        RedirectAttributes redirect) throws IOException {
        inventory.hospital(orgId);
        Locale locale = LocaleContextHolder.getLocale();
        try {
            LedgerImport ledger = new LedgerReader().read(file.getBytes());
            if (!ledger.usable()) {
                redirect.addFlashAttribute("importProblems",
                        ledger.problems().stream().map(problem -> problem.in(locale)).toList());
                return "redirect:/orgs/" + orgId + "/inventory";
            }
            redirect.addFlashAttribute("imported", inventory.importLedger(orgId, ledger));
        } catch (UnusableFileException unusable) {
            redirect.addFlashAttribute("importProblems", List.of(unusable.reason().in(locale)));
        }
        return "redirect:/orgs/" + orgId + "/inventory";
    }

    /** What was shared with the hospital, the system's own vendor's first. */
    private List<Sharing.Received> attachable(UUID orgId, InventorySystem system) {
        return sharing.receivedBy(orgId).stream()
                .sorted(Comparator.comparing(received -> !received.publisher().id()
                        .equals(system.vendorOrganisationId())))
                .toList();
    }

    private String form(UUID orgId, UUID systemId, SystemForm systemForm, Model model) {
        model.addAttribute("organisation", inventory.hospital(orgId));
        model.addAttribute("systemId", systemId);
        model.addAttribute("systemForm", systemForm);
        model.addAttribute("categories", SystemCategory.values());
        model.addAttribute("vendors", vendors.all());
        return "inventory/form";
    }
}
