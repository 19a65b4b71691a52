package io.shinrai.server.organisation;

import io.shinrai.server.membership.MembershipRepository;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations.Settings;
import io.shinrai.server.security.ApiClient;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.security.ShinraiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations")
class OrganisationApi {

    private final Organisations organisations;
    private final MembershipRepository memberships;

    OrganisationApi(Organisations organisations, MembershipRepository memberships) {
        this.organisations = organisations;
        this.memberships = memberships;
    }

    record SettingsRequest(@NotBlank(message = "{validation.required}") @Size(max = 200) String name,
                           boolean advancedTreatmentHospital, boolean criticalInfrastructure,
                           boolean requireTwoFactor) {
    }

    record OrganisationWithRole(Organisation organisation, OrgRole role) {
    }

    @GetMapping
    @Operation(summary = "The organisations the caller belongs to, with the caller's role in each")
    List<OrganisationWithRole> mine(@AuthenticationPrincipal ShinraiPrincipal caller) {
        if (caller instanceof ApiClient client) {
            return List.of(new OrganisationWithRole(organisations.get(client.organisationId()), client.role()));
        }
        return memberships.affiliationsOf(caller.actingUserId()).stream()
                .map(affiliation -> new OrganisationWithRole(affiliation.organisation(), affiliation.role()))
                .toList();
    }

    @GetMapping("/{orgId}")
    @OrganisationScoped(OrgRole.VIEWER)
    Organisation get(@PathVariable UUID orgId) {
        return organisations.get(orgId);
    }

    @PutMapping("/{orgId}")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    @Operation(summary = "Change the name, the hospital flags and the two-factor policy")
    Organisation update(@PathVariable UUID orgId, @Valid @RequestBody SettingsRequest request) {
        return organisations.update(orgId, new Settings(request.name(), request.advancedTreatmentHospital(),
                request.criticalInfrastructure(), request.requireTwoFactor()));
    }
}
