package io.shinrai.server.activity;

import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.OrganisationScoped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Activity log")
class ActivityApi {

    private final ActivityLog activity;

    ActivityApi(ActivityLog activity) {
        this.activity = activity;
    }

    @GetMapping("/api/v1/organisations/{orgId}/activity")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    @Operation(summary = "The organisation's activity log, newest first (at most 500 entries); dates are days in JST")
    List<ActivityEntry> log(@PathVariable UUID orgId,
                            @RequestParam(required = false) String action,
                            @RequestParam(required = false) String actor,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return activity.forOrganisation(orgId, new ActivityFilter(action, actor, from, to));
    }
}
