package io.shinrai.server.activity;

import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.OrganisationScoped;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The activity log of one organisation, for its admins; filtering refreshes only the table (htmx). */
@Controller
class ActivityController {

    private final ActivityLog activity;
    private final Organisations organisations;

    ActivityController(ActivityLog activity, Organisations organisations) {
        this.activity = activity;
        this.organisations = organisations;
    }

    @GetMapping("/orgs/{orgId}/activity")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String log(@PathVariable UUID orgId,
               @RequestParam(required = false) String action,
               @RequestParam(required = false) String actor,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
               @RequestHeader(name = "HX-Request", required = false) String htmx,
               Model model) {
        ActivityFilter filter = new ActivityFilter(action, actor, from, to);
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("filter", filter);
        model.addAttribute("actions", activity.actionsOf(orgId));
        model.addAttribute("entries", activity.forOrganisation(orgId, filter));
        model.addAttribute("zone", ActivityLog.DISPLAY_ZONE);
        return htmx != null ? "activity/log :: entries" : "activity/log";
    }
}
