package io.shinrai.server.riskassessment;

import io.shinrai.risk.AssessmentVocabulary;
import io.shinrai.risk.pdf.RiskReportPdfWriter;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.web.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A hospital's view of the remote service behind a received RSS-SDS: accepted assessments in summary and the SLA. */
@Controller
class ReceivedRemoteServiceController {

    private final SharedRemoteServices shared;
    private final Organisations organisations;
    private final AssessmentVocabulary vocabulary;

    ReceivedRemoteServiceController(SharedRemoteServices shared, Organisations organisations,
                                    AssessmentVocabulary vocabulary) {
        this.shared = shared;
        this.organisations = organisations;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/orgs/{orgId}/received/{disclosureId}/remote-service")
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @PathVariable UUID disclosureId, Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("disclosureId", disclosureId);
        model.addAttribute("received", shared.receivedThrough(orgId, disclosureId));
        return "riskassessment/received";
    }

    /** The PDF report of an accepted assessment the hospital may see. */
    @GetMapping("/orgs/{orgId}/received/{disclosureId}/remote-service/report")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> report(@PathVariable UUID orgId, @PathVariable UUID disclosureId,
                                  @RequestParam UUID assessment) throws IOException {
        StoredAssessment shown = shared.receivedThrough(orgId, disclosureId).stream()
                .flatMap(received -> received.accepted().stream())
                .filter(candidate -> candidate.id().equals(assessment)).findFirst()
                .orElseThrow(NotFoundException::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RiskReportPdfWriter(vocabulary, LocaleContextHolder.getLocale()).write(shown.assessment(), out);
        return AssessmentFileController.download(out.toByteArray(), MediaType.APPLICATION_PDF,
                shown.assessment().id() + "-v" + shown.version() + ".pdf");
    }

    @GetMapping("/orgs/{orgId}/received/{disclosureId}/remote-service/sla")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> sla(@PathVariable UUID orgId, @PathVariable UUID disclosureId,
                               @RequestParam UUID service, @RequestParam(defaultValue = "docx") String format,
                               @RequestParam(defaultValue = "ja") String language) throws IOException {
        List<SharedRemoteServices.Received> received = shared.receivedThrough(orgId, disclosureId);
        SharedRemoteServices.Received chosen = received.stream()
                .filter(candidate -> candidate.service().id().equals(service)).findFirst()
                .orElseThrow(NotFoundException::new);
        return SlaController.download(chosen.sla().orElseThrow(NotFoundException::new), format, language);
    }
}
