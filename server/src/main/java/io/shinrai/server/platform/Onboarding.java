package io.shinrai.server.platform;

import io.shinrai.server.membership.Invitations;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.organisation.Organisations.Settings;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A new organisation always starts with an invitation for its first org admin: both or neither. */
@Service
public class Onboarding {

    private final Organisations organisations;
    private final Invitations invitations;

    Onboarding(Organisations organisations, Invitations invitations) {
        this.organisations = organisations;
        this.invitations = invitations;
    }

    public record Onboarded(Organisation organisation, Invitations.Issued adminInvitation) {
    }

    @Transactional
    public Onboarded createOrganisation(OrganisationKind kind, Settings settings, String adminEmail, UUID platformAdmin) {
        Organisation organisation = organisations.create(kind, settings);
        return new Onboarded(organisation,
                invitations.invite(organisation.id(), adminEmail, OrgRole.ORG_ADMIN, platformAdmin));
    }
}
