package io.shinrai.server.membership;

import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.security.ShinraiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = "Members")
class MemberApi {

    private final Memberships memberships;
    private final Invitations invitations;

    MemberApi(Memberships memberships, Invitations invitations) {
        this.memberships = memberships;
        this.invitations = invitations;
    }

    record RoleRequest(@NotNull(message = "{validation.required}") OrgRole role) {
    }

    record InvitationRequest(@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
                             String email,
                             @NotNull(message = "{validation.required}") OrgRole role) {
    }

    record InvitationResponse(UUID id, String email, OrgRole role, Instant expiresAt, String link) {
    }

    @GetMapping("/members")
    @OrganisationScoped(OrgRole.VIEWER)
    List<Member> members(@PathVariable UUID orgId) {
        return memberships.members(orgId);
    }

    @PutMapping("/members/{userId}")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    @Operation(summary = "Change a member's role; the last org admin cannot be demoted")
    Member changeRole(@PathVariable UUID orgId, @PathVariable UUID userId, @Valid @RequestBody RoleRequest request) {
        memberships.changeRole(orgId, userId, request.role());
        return memberships.member(orgId, userId);
    }

    @DeleteMapping("/members/{userId}")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable UUID orgId, @PathVariable UUID userId) {
        memberships.remove(orgId, userId);
    }

    @PostMapping("/invitations")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite someone by link; the link is returned once and expires")
    InvitationResponse invite(@PathVariable UUID orgId, @AuthenticationPrincipal ShinraiPrincipal caller,
                              @Valid @RequestBody InvitationRequest request) {
        Invitations.Issued issued = invitations.invite(orgId, request.email(), request.role(), caller.actingUserId());
        Invitation invitation = issued.invitation();
        return new InvitationResponse(invitation.id(), invitation.email(), invitation.role(),
                invitation.expiresAt(), issued.link());
    }
}
