package io.shinrai.server.security;

import io.shinrai.server.membership.OrgRole;
import java.util.UUID;

/** An API token: it acts in exactly one organisation, with one role, on behalf of the user who created it. */
public record ApiClient(UUID tokenId, String tokenName, UUID organisationId, OrgRole role, UUID createdBy)
        implements ShinraiPrincipal {

    @Override
    public UUID actingUserId() {
        return createdBy;
    }

    @Override
    public String displayName() {
        return "API: " + tokenName;
    }
}
