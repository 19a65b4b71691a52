package io.shinrai.server.signing;

import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.OrganisationScoped;
import java.io.IOException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Anyone in an organisation checks a signed disclosure they were sent: a signed container, or a file with its
 * .p7s. The page names the signer, says whether the file changed, and whose key on the platform it is.
 */
@Controller
class SignatureCheckController {

    private final SigningKeys signingKeys;
    private final Organisations organisations;

    SignatureCheckController(SigningKeys signingKeys, Organisations organisations) {
        this.signingKeys = signingKeys;
        this.organisations = organisations;
    }

    @GetMapping("/orgs/{orgId}/verify")
    @OrganisationScoped(OrgRole.VIEWER)
    String form(@PathVariable UUID orgId, Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        return "signing/verify";
    }

    @PostMapping("/orgs/{orgId}/verify")
    @OrganisationScoped(OrgRole.VIEWER)
    String check(@PathVariable UUID orgId, @RequestParam("file") MultipartFile file,
                 @RequestParam(value = "signature", required = false) MultipartFile signature, Model model)
            throws IOException {
        SignedFile signed = SignedFile.of(file, signature);
        model.addAttribute("documentName", signed.documentName());
        signed.problem().ifPresentOrElse(problem -> model.addAttribute("containerProblem", problem),
                () -> model.addAttribute("verification", signingKeys.verify(signed.document(), signed.signature())));
        return form(orgId, model);
    }
}
