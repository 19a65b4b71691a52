package io.shinrai.server.riskassessment;

import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.sla.DataOnTermination;
import io.shinrai.sla.InvalidSlaTermsException;
import io.shinrai.sla.MedicalInformation;
import io.shinrai.sla.SlaDocument;
import io.shinrai.sla.SlaDocxWriter;
import io.shinrai.sla.SlaPdfWriter;
import io.shinrai.sla.SlaTerms;
import io.shinrai.sla.Subcontracting;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The SLA of a remote service: its terms edited on a page, the agreement downloaded as .docx or PDF. */
@Controller
class SlaController {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Slas slas;
    private final RemoteServices services;
    private final Organisations organisations;

    SlaController(Slas slas, RemoteServices services, Organisations organisations) {
        this.slas = slas;
        this.services = services;
        this.organisations = organisations;
    }

    @GetMapping("/orgs/{orgId}/remote-services/{serviceId}/sla")
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @PathVariable UUID serviceId,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model) {
        return page(orgId, serviceId, SlaForm.of(slas.termsOf(orgId, serviceId)), role, model);
    }

    @PostMapping("/orgs/{orgId}/remote-services/{serviceId}/sla")
    @OrganisationScoped(OrgRole.EDITOR)
    String save(@PathVariable UUID orgId, @PathVariable UUID serviceId, @ModelAttribute SlaForm form,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        RemoteService service = services.get(orgId, serviceId);
        try {
            slas.save(orgId, serviceId, form.toTerms(service.name(), organisations.get(orgId).name()));
            redirect.addFlashAttribute("notice", "sla.saved");
            return "redirect:/orgs/" + orgId + "/remote-services/" + serviceId + "/sla";
        } catch (InvalidSlaTermsException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", invalid.problems().stream()
                    .map(problem -> problem.in(LocaleContextHolder.getLocale())).toList());
            return page(orgId, serviceId, form, role, model);
        }
    }

    /** The agreement in Japanese (the default) or English, as .docx to finish and sign or as PDF to file. */
    @GetMapping("/orgs/{orgId}/remote-services/{serviceId}/sla/document")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> document(@PathVariable UUID orgId, @PathVariable UUID serviceId,
                                    @RequestParam(defaultValue = "docx") String format,
                                    @RequestParam(defaultValue = "ja") String language) throws IOException {
        return download(slas.termsOf(orgId, serviceId), format, language);
    }

    static ResponseEntity<byte[]> download(SlaTerms terms, String format, String language) throws IOException {
        SlaDocument sla = SlaDocument.of(terms, "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String name = "sla-" + ("en".equals(language) ? "en" : "ja");
        if ("pdf".equals(format)) {
            new SlaPdfWriter().write(sla, out);
            return AssessmentFileController.download(out.toByteArray(), MediaType.APPLICATION_PDF, name + ".pdf");
        }
        new SlaDocxWriter().write(sla, out);
        return AssessmentFileController.download(out.toByteArray(), DOCX, name + ".docx");
    }

    private String page(UUID orgId, UUID serviceId, SlaForm form, OrgRole role, Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("service", services.get(orgId, serviceId));
        model.addAttribute("form", form);
        model.addAttribute("medicalChoices", MedicalInformation.values());
        model.addAttribute("subcontractingChoices", Subcontracting.values());
        model.addAttribute("terminationChoices", DataOnTermination.values());
        model.addAttribute("canEdit", role.includes(OrgRole.EDITOR));
        return "riskassessment/sla";
    }
}
