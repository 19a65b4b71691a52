package io.shinrai.server.apitoken;

import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.security.SignedInUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ApiTokenController {

    private final ApiTokens tokens;
    private final Organisations organisations;
    private final Clock clock;

    ApiTokenController(ApiTokens tokens, Organisations organisations, Clock clock) {
        this.tokens = tokens;
        this.organisations = organisations;
        this.clock = clock;
    }

    record TokenForm(@NotBlank(message = "{validation.required}") @Size(max = 100) String name,
                     @NotNull(message = "{validation.required}") OrgRole role,
                     @NotNull(message = "{validation.required}") @Min(1) @Max(366) Integer validDays) {
    }

    @GetMapping("/orgs/{orgId}/api-tokens")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String list(@PathVariable UUID orgId, Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("tokens", tokens.of(orgId));
        model.addAttribute("roles", OrgRole.values());
        model.addAttribute("now", clock.instant());
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm("", OrgRole.EDITOR, 90));
        }
        return "organisation/api-tokens";
    }

    @PostMapping("/orgs/{orgId}/api-tokens")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String issue(@PathVariable UUID orgId, @AuthenticationPrincipal SignedInUser user,
                 @Valid @ModelAttribute TokenForm tokenForm, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return list(orgId, model);
        }
        ApiTokens.Issued issued = tokens.issue(orgId, user.id(), tokenForm.name().strip(), tokenForm.role(),
                Duration.ofDays(tokenForm.validDays()));
        redirect.addFlashAttribute("issuedSecret", issued.secret());
        redirect.addFlashAttribute("issuedName", issued.token().name());
        return "redirect:/orgs/" + orgId + "/api-tokens";
    }

    @PostMapping("/orgs/{orgId}/api-tokens/{tokenId}/revoke")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String revoke(@PathVariable UUID orgId, @PathVariable UUID tokenId, RedirectAttributes redirect) {
        tokens.revoke(orgId, tokenId);
        redirect.addFlashAttribute("notice", "apiToken.revoked");
        return "redirect:/orgs/" + orgId + "/api-tokens";
    }
}
