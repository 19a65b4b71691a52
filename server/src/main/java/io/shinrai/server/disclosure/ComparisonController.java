package io.shinrai.server.disclosure;

import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.OrganisationScoped;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Two to six disclosures of one catalogue side by side, for example three PACS vendors' answers, on a page and as a
 * workbook. The disclosures are chosen on the list of the organisation's own disclosures or of those it received.
 */
@Controller
class ComparisonController {

    /** Until a hospital's requirements decide what a gap is, いいえ and unanswered items are. */
    private static final Comparison.GapRule GAPS = Comparison.GapRule.NO_OR_UNANSWERED;

    private final ComparableDisclosures comparable;
    private final Organisations organisations;
    private final ComparisonWorkbook workbook;
    private final Clock clock;

    ComparisonController(ComparableDisclosures comparable, Organisations organisations, ComparisonWorkbook workbook,
                         Clock clock) {
        this.comparable = comparable;
        this.organisations = organisations;
        this.workbook = workbook;
        this.clock = clock;
    }

    /** Chosen disclosures that cannot be compared answer 400 with a page that says why and what can be compared. */
    @GetMapping("/orgs/{orgId}/compare")
    @OrganisationScoped(OrgRole.VIEWER)
    String compare(@PathVariable UUID orgId, @RequestParam(name = "d", required = false) List<UUID> chosen,
                   @RequestParam(required = false) String show, Model model, HttpServletResponse response) {
        ComparisonSelection selection = comparable.select(orgId, chosen == null ? List.of() : chosen);
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("selection", selection);
        model.addAttribute("fewest", ComparisonSelection.FEWEST);
        model.addAttribute("most", ComparisonSelection.MOST);
        if (!selection.comparable()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "disclosure/compare";
        }
        Comparison.Filter filter = Comparison.Filter.named(show);
        Comparison comparison = selection.compare(GAPS);
        model.addAttribute("comparison", comparison);
        model.addAttribute("filter", filter);
        model.addAttribute("filters", Comparison.Filter.values());
        model.addAttribute("sections", comparison.sections(filter));
        return "disclosure/compare";
    }

    /** The comparison as the page shows it, rows filtered the same way, as an Excel workbook. */
    @GetMapping("/orgs/{orgId}/compare/export")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> export(@PathVariable UUID orgId, @RequestParam(name = "d") List<UUID> chosen,
                                  @RequestParam(required = false) String show) throws IOException {
        ComparisonSelection selection = comparable.select(orgId, chosen);
        if (!selection.comparable()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        byte[] file = workbook.write(selection, selection.compare(GAPS), Comparison.Filter.named(show),
                LocaleContextHolder.getLocale());
        String name = "comparison-" + selection.catalogue().id() + "-"
                + LocalDate.now(clock.withZone(ActivityLog.DISPLAY_ZONE)) + ".xlsx";
        return DisclosurePage.attachment(name, ComparisonWorkbook.MEDIA_TYPE, file);
    }
}
