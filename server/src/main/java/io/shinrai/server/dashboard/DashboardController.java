package io.shinrai.server.dashboard;

import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.checklist.ChecklistReminders;
import io.shinrai.server.gap.Gaps;
import io.shinrai.server.gap.Portfolio;
import io.shinrai.server.gap.GapKey;
import io.shinrai.server.gap.RiskEvaluation;
import io.shinrai.server.gap.RiskEvaluations;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.security.OrganisationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The hospital's dashboard. */
@Controller
class DashboardController {

    private final Inventory inventory;
    private final Gaps gaps;
    private final RiskEvaluations evaluations;
    private final ChecklistReminders reminders;
    private final Clock clock;

    DashboardController(Inventory inventory, Gaps gaps, RiskEvaluations evaluations, ChecklistReminders reminders,
                        Clock clock) {
        this.inventory = inventory;
        this.gaps = gaps;
        this.evaluations = evaluations;
        this.reminders = reminders;
        this.clock = clock;
    }

    @GetMapping("/orgs/{orgId}/dashboard")
    @OrganisationScoped(OrgRole.VIEWER)
    String dashboard(@PathVariable UUID orgId, Model model) {
        Organisation hospital = inventory.hospital(orgId);
        LocalDate today = LocalDate.now(clock.withZone(ActivityLog.DISPLAY_ZONE));
        Map<GapKey, RiskEvaluation> current = evaluations.currentOf(orgId);
        Portfolio portfolio = Portfolio.of(hospital, gaps.portfolio(orgId, current), null, today);
        model.addAttribute("organisation", hospital);
        model.addAttribute("dashboard", Dashboard.of(portfolio, current, today));
        model.addAttribute("reminders", reminders.of(orgId));
        model.addAttribute("today", today);
        return "dashboard/dashboard";
    }
}
