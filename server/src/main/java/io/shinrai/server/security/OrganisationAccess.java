package io.shinrai.server.security;

import io.shinrai.server.membership.MembershipRepository;
import io.shinrai.server.membership.OrgRole;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The role the current caller holds in an organisation: the one place where tenant isolation is decided. */
@Component
public class OrganisationAccess {

    private final MembershipRepository memberships;

    OrganisationAccess(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    public Optional<OrgRole> roleOfCaller(UUID organisationId) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof ApiClient client) {
            return client.organisationId().equals(organisationId) ? Optional.of(client.role()) : Optional.empty();
        }
        if (authentication.getPrincipal() instanceof SignedInUser user
                && Authorities.has(authentication, Authorities.USER)) {
            return memberships.roleOf(user.id(), organisationId);
        }
        return Optional.empty();
    }
}
