package io.shinrai.server.inspection;

import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.security.ShinraiPrincipal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The papers for an on-site inspection: what they hold, and the one button that produces them. */
@Controller
class InspectionController {

    private final InspectionPapers papers;
    private final Inventory inventory;
    private final Clock clock;

    InspectionController(InspectionPapers papers, Inventory inventory, Clock clock) {
        this.papers = papers;
        this.inventory = inventory;
        this.clock = clock;
    }

    @GetMapping("/orgs/{orgId}/inspection")
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role,
                Model model) {
        model.addAttribute("organisation", inventory.hospital(orgId));
        model.addAttribute("packs", papers.producedFor(orgId));
        model.addAttribute("responsiblePerson", papers.lastResponsiblePerson(orgId).orElse(""));
        model.addAttribute("today", LocalDate.now(clock.withZone(ActivityLog.DISPLAY_ZONE)));
        model.addAttribute("canProduce", role.includes(OrgRole.REVIEWER));
        return "inspection/papers";
    }

    @PostMapping("/orgs/{orgId}/inspection")
    @OrganisationScoped(OrgRole.REVIEWER)
    ResponseEntity<byte[]> produce(@PathVariable UUID orgId, @RequestParam String responsiblePerson,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate preparedOn,
                                   @AuthenticationPrincipal ShinraiPrincipal caller) throws IOException {
        if (responsiblePerson.isBlank() || responsiblePerson.length() > 200) {
            return ResponseEntity.badRequest().build();
        }
        InspectionPapers.Papers produced = papers.produce(orgId, responsiblePerson, preparedOn,
                LocaleContextHolder.getLocale(), caller);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(produced.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(produced.zip());
    }
}
