package io.shinrai.server.membership;

import io.shinrai.crypto.Sha256;
import io.shinrai.server.ShinraiProperties;
import io.shinrai.server.account.Accounts;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.account.UserAccountRepository;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.security.Secrets;
import io.shinrai.server.web.ConflictException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations by link. The link carries a random token of which only the hash is stored; it expires, and works
 * once. Nobody is mailed: the admin hands the link over the way their organisation prefers.
 */
@Service
public class Invitations {

    private final InvitationRepository repository;
    private final MembershipRepository memberships;
    private final UserAccountRepository users;
    private final Accounts accounts;
    private final ActivityLog activity;
    private final ShinraiProperties properties;
    private final Clock clock;

    Invitations(InvitationRepository repository, MembershipRepository memberships, UserAccountRepository users,
                Accounts accounts, ActivityLog activity, ShinraiProperties properties, Clock clock) {
        this.repository = repository;
        this.memberships = memberships;
        this.users = users;
        this.accounts = accounts;
        this.activity = activity;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new invitation and the link to hand over, shown once. */
    public record Issued(Invitation invitation, String link) {
    }

    @Transactional
    public Issued invite(UUID organisationId, String email, OrgRole role, UUID invitedBy) {
        String normalised = UserAccountRepository.normaliseEmail(email);
        Optional<UserAccount> existing = users.findByEmail(normalised);
        if (existing.isPresent() && memberships.roleOf(existing.get().id(), organisationId).isPresent()) {
            throw new ConflictException("invitation.alreadyMember");
        }
        String token = Secrets.newSecret();
        var now = clock.instant();
        Invitation invitation = new Invitation(UUID.randomUUID(), organisationId, normalised, role, invitedBy,
                now.plus(properties.security().invitationValidity()), null, now);
        repository.insert(invitation, Sha256.hex(token));
        activity.record(organisationId, "invitation.created", Target.of("invitation", invitation.id()), null,
                Map.of("email", normalised, "role", role.name(), "expiresAt", invitation.expiresAt().toString()));
        return new Issued(invitation, properties.baseUrl() + "/invitations/" + token);
    }

    public List<Invitation> open(UUID organisationId) {
        return repository.findOpen(organisationId, clock.instant());
    }

    /** The invitation behind a link, while it is still open. */
    public Optional<Invitation> findOpen(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return repository.findByTokenHash(Sha256.hex(token)).filter(invitation -> invitation.openAt(clock.instant()));
    }

    /** Accepts for a newcomer: creates the account with the invited email and joins the organisation. */
    @Transactional
    public UserAccount acceptAsNewcomer(Invitation invitation, String displayName, String password) {
        UserAccount user = accounts.create(invitation.email(), displayName, password, false);
        join(invitation, user.id(), user.email());
        return user;
    }

    /** Accepts for someone who already has an account with the invited email and is signed in as them. */
    @Transactional
    public void acceptAsMember(Invitation invitation, UUID userId, String email) {
        join(invitation, userId, email);
    }

    private void join(Invitation invitation, UUID userId, String email) {
        if (!repository.accept(invitation.id(), clock.instant())) {
            throw new ConflictException("invitation.used");
        }
        memberships.put(userId, invitation.organisationId(), invitation.role());
        activity.record(userId, email, invitation.organisationId(), "invitation.accepted",
                Target.of("invitation", invitation.id()), null,
                Map.of("userId", userId.toString(), "role", invitation.role().name()));
    }
}
