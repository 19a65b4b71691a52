package io.shinrai.server.disclosure;

import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.web.ConflictException;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vendors share published disclosures with hospitals; hospitals read and download what they received. */
@Controller
class SharingController {

    private final Sharing sharing;
    private final Organisations organisations;
    private final DisclosurePage page;

    SharingController(Sharing sharing, Organisations organisations, DisclosurePage page) {
        this.sharing = sharing;
        this.organisations = organisations;
        this.page = page;
    }

    @PostMapping("/orgs/{orgId}/disclosures/{disclosureId}/shares")
    @OrganisationScoped(OrgRole.REVIEWER)
    String share(@PathVariable UUID orgId, @PathVariable UUID disclosureId, @RequestParam UUID hospital,
                 RedirectAttributes redirect) {
        try {
            sharing.share(orgId, disclosureId, hospital);
            redirect.addFlashAttribute("notice", "share.done");
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("problem", conflict.messageKey());
        }
        return "redirect:/orgs/" + orgId + "/disclosures/" + disclosureId;
    }

    @PostMapping("/orgs/{orgId}/disclosures/{disclosureId}/shares/{hospitalId}/revoke")
    @OrganisationScoped(OrgRole.REVIEWER)
    String revoke(@PathVariable UUID orgId, @PathVariable UUID disclosureId, @PathVariable UUID hospitalId,
                  RedirectAttributes redirect) {
        sharing.revoke(orgId, disclosureId, hospitalId);
        redirect.addFlashAttribute("notice", "share.revoked");
        return "redirect:/orgs/" + orgId + "/disclosures/" + disclosureId;
    }

    @GetMapping("/orgs/{orgId}/received")
    @OrganisationScoped(OrgRole.VIEWER)
    String received(@PathVariable UUID orgId, Model model) {
        List<Sharing.Received> received = sharing.receivedBy(orgId);
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("received", received);
        return "disclosure/received";
    }

    @GetMapping("/orgs/{orgId}/received/{disclosureId}")
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @PathVariable UUID disclosureId,
                @RequestParam(required = false) String section, Model model) {
        StoredDisclosure stored = sharing.received(orgId, disclosureId);
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("publisher", organisations.get(stored.organisationId()));
        page.describe(model, stored, section, "/orgs/" + orgId + "/received/" + disclosureId);
        return "disclosure/show";
    }

    @GetMapping("/orgs/{orgId}/received/{disclosureId}/export")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> export(@PathVariable UUID orgId, @PathVariable UUID disclosureId,
                                  @RequestParam(defaultValue = "JAHIS") String format,
                                  @RequestParam(defaultValue = "false") boolean signed) throws IOException {
        return page.download(sharing.received(orgId, disclosureId), format, signed);
    }
}
