package io.shinrai.server.membership;

import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.activity.ActivityLog.Target;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles within an organisation. An organisation always keeps at least one org admin. */
@Service
public class Memberships {

    private final MembershipRepository repository;
    private final ActivityLog activity;

    Memberships(MembershipRepository repository, ActivityLog activity) {
        this.repository = repository;
        this.activity = activity;
    }

    public List<Member> members(UUID organisationId) {
        return repository.members(organisationId);
    }

    public Member member(UUID organisationId, UUID userId) {
        return repository.members(organisationId).stream()
                .filter(member -> member.userId().equals(userId))
                .findFirst().orElseThrow(NotFoundException::new);
    }

    @Transactional
    public void changeRole(UUID organisationId, UUID userId, OrgRole role) {
        OrgRole before = repository.roleOf(userId, organisationId).orElseThrow(NotFoundException::new);
        if (before == role) {
            return;
        }
        if (before == OrgRole.ORG_ADMIN && repository.countAdmins(organisationId) == 1) {
            throw new ConflictException("member.lastAdmin");
        }
        repository.put(userId, organisationId, role);
        activity.record(organisationId, "member.role-changed", Target.of("user", userId),
                Map.of("role", before.name()), Map.of("role", role.name()));
    }

    @Transactional
    public void remove(UUID organisationId, UUID userId) {
        OrgRole before = repository.roleOf(userId, organisationId).orElseThrow(NotFoundException::new);
        if (before == OrgRole.ORG_ADMIN && repository.countAdmins(organisationId) == 1) {
            throw new ConflictException("member.lastAdmin");
        }
        repository.remove(userId, organisationId);
        activity.record(organisationId, "member.removed", Target.of("user", userId),
                Map.of("role", before.name()), null);
    }

    @Transactional
    public void add(UUID organisationId, UUID userId, OrgRole role) {
        repository.put(userId, organisationId, role);
        activity.record(organisationId, "member.added", Target.of("user", userId), null,
                Map.of("role", role.name()));
    }
}
