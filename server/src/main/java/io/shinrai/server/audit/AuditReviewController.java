package io.shinrai.server.audit;

import io.shinrai.audit.Outcome;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.security.ShinraiPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The ISO 27789 view: who accessed which patient's record, when and from where, for the hospital's reviewers. */
@Controller
class AuditReviewController {

    private static final int PAGE = 50;

    private final AuditReview review;
    private final Organisations organisations;

    AuditReviewController(AuditReview review, Organisations organisations) {
        this.review = review;
        this.organisations = organisations;
    }

    @GetMapping("/orgs/{orgId}/audit")
    @OrganisationScoped(OrgRole.REVIEWER)
    String trail(@PathVariable UUID orgId, @ModelAttribute("query") AuditQuery query,
                 @RequestParam(required = false) Long before, @AuthenticationPrincipal ShinraiPrincipal who,
                 HttpServletRequest request, Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("page", review.page(orgId, query, before, PAGE, who, request.getRemoteAddr()));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("zone", ActivityLog.DISPLAY_ZONE);
        return "audit/trail";
    }

    @GetMapping("/orgs/{orgId}/audit/export")
    @OrganisationScoped(OrgRole.REVIEWER)
    void export(@PathVariable UUID orgId, @ModelAttribute AuditQuery query,
                @RequestParam(defaultValue = "CSV") AuditReview.ExportFormat format,
                @AuthenticationPrincipal ShinraiPrincipal who, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        AuditReviewApi.download(review, orgId, query, format, who, request, response);
    }
}
