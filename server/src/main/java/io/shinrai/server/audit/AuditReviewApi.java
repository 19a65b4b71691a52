package io.shinrai.server.audit;

import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.security.ShinraiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit trail")
class AuditReviewApi {

    private final AuditReview review;

    AuditReviewApi(AuditReview review) {
        this.review = review;
    }

    @GetMapping("/api/v1/organisations/{orgId}/audit/records")
    @OrganisationScoped(OrgRole.REVIEWER)
    @Operation(summary = "The organisation's audit records, newest first, a page at a time (at most 200); pass "
            + "nextBefore as before for the next page. Dates are days in JST; recorded as DCM 110101 Audit Log Used")
    AuditPage records(@PathVariable UUID orgId, @ModelAttribute AuditQuery query,
                      @RequestParam(required = false) Long before, @RequestParam(defaultValue = "50") int size,
                      @AuthenticationPrincipal ShinraiPrincipal who, HttpServletRequest request) {
        return review.page(orgId, query, before, size, who, request.getRemoteAddr());
    }

    @GetMapping("/api/v1/organisations/{orgId}/audit/export")
    @OrganisationScoped(OrgRole.REVIEWER)
    @Operation(summary = "Every matching audit record as CSV or JSON; recorded as DCM 110106 Export")
    void export(@PathVariable UUID orgId, @ModelAttribute AuditQuery query,
                @RequestParam(defaultValue = "CSV") AuditReview.ExportFormat format,
                @AuthenticationPrincipal ShinraiPrincipal who, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        download(review, orgId, query, format, who, request, response);
    }

    static void download(AuditReview review, UUID orgId, AuditQuery query, AuditReview.ExportFormat format,
                         ShinraiPrincipal who, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String extension = format.name().toLowerCase(Locale.ROOT);
        response.setContentType(format == AuditReview.ExportFormat.CSV ? "text/csv;charset=UTF-8"
                : "application/json;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-trail." + extension + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        review.export(orgId, query, format, response.getOutputStream(), who, request.getRemoteAddr());
    }
}
