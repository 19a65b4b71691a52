package io.shinrai.server.account;

import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.ApiClient;
import io.shinrai.server.security.ShinraiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Me")
class MeApi {

    private final Accounts accounts;

    MeApi(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Who the caller is; for a token, also the one organisation and role it acts with. */
    record Me(UUID userId, String email, String displayName, boolean platformAdmin, boolean twoFactor,
              UUID tokenOrganisationId, OrgRole tokenRole) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The signed-in person, or the person on whose behalf an API token acts")
    Me me(@AuthenticationPrincipal ShinraiPrincipal caller) {
        UserAccount account = accounts.get(caller.actingUserId());
        if (caller instanceof ApiClient client) {
            return new Me(account.id(), account.email(), account.displayName(), false, account.hasTwoFactor(),
                    client.organisationId(), client.role());
        }
        return new Me(account.id(), account.email(), account.displayName(), account.platformAdmin(),
                account.hasTwoFactor(), null, null);
    }
}
