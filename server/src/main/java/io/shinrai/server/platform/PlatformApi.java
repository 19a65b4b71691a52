package io.shinrai.server.platform;

import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.organisation.Organisations.Settings;
import io.shinrai.server.security.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Platform administration")
class PlatformApi {

    private final Onboarding onboarding;

    PlatformApi(Onboarding onboarding) {
        this.onboarding = onboarding;
    }

    record NewOrganisation(@NotBlank(message = "{validation.required}") @Size(max = 200) String name,
                           @NotNull(message = "{validation.required}") OrganisationKind kind,
                           boolean advancedTreatmentHospital, boolean criticalInfrastructure,
                           boolean requireTwoFactor,
                           @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
                           String adminEmail) {
    }

    record Created(Organisation organisation, String adminInvitationLink) {
    }

    @PostMapping("/api/v1/platform/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an organisation and an invitation link for its first org admin")
    Created create(@AuthenticationPrincipal SignedInUser admin, @Valid @RequestBody NewOrganisation request) {
        Onboarding.Onboarded onboarded = onboarding.createOrganisation(request.kind(),
                new Settings(request.name(), request.advancedTreatmentHospital(), request.criticalInfrastructure(),
                        request.requireTwoFactor()),
                request.adminEmail(), admin.id());
        return new Created(onboarded.organisation(), onboarded.adminInvitation().link());
    }
}
