package io.shinrai.server.signing;

import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.OrganisationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisation admins create or bring the key their exported disclosures are signed with. */
@Controller
class SigningKeyController {

    private final SigningKeys signingKeys;
    private final Organisations organisations;

    SigningKeyController(SigningKeys signingKeys, Organisations organisations) {
        this.signingKeys = signingKeys;
        this.organisations = organisations;
    }

    @GetMapping("/orgs/{orgId}/signing-key")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String show(@PathVariable UUID orgId, Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("certificate", signingKeys.certificate(orgId).orElse(null));
        return "signing/key";
    }

    @PostMapping("/orgs/{orgId}/signing-key/self-signed")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String createSelfSigned(@PathVariable UUID orgId, RedirectAttributes redirect) {
        signingKeys.createSelfSigned(orgId);
        redirect.addFlashAttribute("notice", "signing.created");
        return "redirect:/orgs/" + orgId + "/signing-key";
    }

    @PostMapping("/orgs/{orgId}/signing-key/import")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String importPem(@PathVariable UUID orgId, @RequestParam("key") MultipartFile key,
                     @RequestParam("certificates") MultipartFile certificates, RedirectAttributes redirect)
            throws IOException {
        try {
            signingKeys.importPem(orgId, new String(key.getBytes(), StandardCharsets.US_ASCII),
                    new String(certificates.getBytes(), StandardCharsets.US_ASCII));
            redirect.addFlashAttribute("notice", "signing.imported");
        } catch (UnusableKeyException unusable) {
            redirect.addFlashAttribute("keyProblem", unusable.getMessage());
        }
        return "redirect:/orgs/" + orgId + "/signing-key";
    }
}
