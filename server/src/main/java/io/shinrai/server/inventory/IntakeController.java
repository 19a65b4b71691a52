package io.shinrai.server.inventory;

import io.shinrai.disclosure.file.UnusableFileException;
import io.shinrai.server.disclosure.DisclosurePage;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.security.ShinraiPrincipal;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A hospital attaches the disclosures it received to the systems of its ledger and reads them as received. */
@Controller
class IntakeController {

    private final Intake intake;
    private final Inventory inventory;
    private final DisclosurePage page;

    IntakeController(Intake intake, Inventory inventory, DisclosurePage page) {
        this.intake = intake;
        this.inventory = inventory;
        this.page = page;
    }

    @PostMapping("/orgs/{orgId}/inventory/{systemId}/disclosures/shared")
    @OrganisationScoped(OrgRole.EDITOR)
    String attachShared(@PathVariable UUID orgId, @PathVariable UUID systemId, @RequestParam UUID disclosure,
                        @AuthenticationPrincipal ShinraiPrincipal caller, RedirectAttributes redirect) {
        intake.attachShared(orgId, systemId, disclosure, caller.actingUserId());
        redirect.addFlashAttribute("notice", "intake.attached");
        return systemPage(orgId, systemId);
    }

    @PostMapping("/orgs/{orgId}/inventory/{systemId}/disclosures/upload")
    @OrganisationScoped(OrgRole.EDITOR)
    String attachFile(@PathVariable UUID orgId, @PathVariable UUID systemId, @RequestParam("file") MultipartFile file,
                      @AuthenticationPrincipal ShinraiPrincipal caller, RedirectAttributes redirect)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            var unmapped = intake.attachFile(orgId, systemId,
                    Objects.requireNonNullElse(file.getOriginalFilename(), "upload"), file.getBytes(),
                    caller.actingUserId());
            redirect.addFlashAttribute("notice", "intake.attached");
            redirect.addFlashAttribute("unmapped", unmapped.stream().map(line -> line.in(locale)).toList());
        } catch (UnusableFileException unusable) {
            redirect.addFlashAttribute("intakeProblem", unusable.reason().in(locale));
        }
        return systemPage(orgId, systemId);
    }

    @GetMapping("/orgs/{orgId}/inventory/{systemId}/disclosures/{intakeId}")
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @PathVariable UUID systemId, @PathVariable UUID intakeId,
                @RequestParam(required = false) String section, Model model) {
        ReceivedDisclosure received = intake.get(orgId, systemId, intakeId);
        model.addAttribute("organisation", inventory.hospital(orgId));
        model.addAttribute("receivedFor", inventory.get(orgId, systemId));
        model.addAttribute("received", received);
        page.describe(model, received.asStored(), section,
                "/orgs/" + orgId + "/inventory/" + systemId + "/disclosures/" + intakeId);
        // a received copy is the vendor's statement: the hospital's key does not sign it
        model.addAttribute("signable", false);
        return "disclosure/show";
    }

    @GetMapping("/orgs/{orgId}/inventory/{systemId}/disclosures/{intakeId}/export")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> export(@PathVariable UUID orgId, @PathVariable UUID systemId,
                                  @PathVariable UUID intakeId, @RequestParam(defaultValue = "JAHIS") String format)
            throws IOException {
        return page.download(intake.get(orgId, systemId, intakeId).asStored(), format, false);
    }

    private static String systemPage(UUID orgId, UUID systemId) {
        return "redirect:/orgs/" + orgId + "/inventory/" + systemId;
    }
}
