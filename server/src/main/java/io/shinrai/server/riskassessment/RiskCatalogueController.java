package io.shinrai.server.riskassessment;

import io.shinrai.risk.InvalidRiskDataException;
import io.shinrai.risk.RiskCatalogue;
import io.shinrai.risk.RiskYamlWriter;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organisation's catalogues of assets, threats and vulnerabilities: copies of the built-in one, files imported
 * and exported in the shinrai-risk-catalogue/1 format, the editor of their terms, and the default for new assessments.
 */
@Controller
class RiskCatalogueController {

    private static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

    private final RiskCatalogues catalogues;
    private final Organisations organisations;

    RiskCatalogueController(RiskCatalogues catalogues, Organisations organisations) {
        this.catalogues = catalogues;
        this.organisations = organisations;
    }

    @GetMapping("/orgs/{orgId}/risk-catalogues")
    @OrganisationScoped(OrgRole.VIEWER)
    String list(@PathVariable UUID orgId, @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role,
                Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("builtIn", catalogues.builtIn());
        model.addAttribute("own", catalogues.of(orgId));
        model.addAttribute("choices", catalogues.choices(orgId));
        model.addAttribute("defaultChoice", catalogues.defaultChoice(orgId));
        model.addAttribute("canEdit", role.includes(OrgRole.EDITOR));
        return "riskassessment/catalogues";
    }

    @PostMapping("/orgs/{orgId}/risk-catalogues")
    @OrganisationScoped(OrgRole.EDITOR)
    String copy(@PathVariable UUID orgId) {
        return "redirect:/orgs/" + orgId + "/risk-catalogues/" + catalogues.copy(orgId).id();
    }

    /** A catalogue file as a new catalogue; a refused file changes nothing and is named with every problem. */
    @PostMapping("/orgs/{orgId}/risk-catalogues/import")
    @OrganisationScoped(OrgRole.EDITOR)
    String importFile(@PathVariable UUID orgId, @RequestParam("file") MultipartFile file,
                      RedirectAttributes redirect) throws IOException {
        try (InputStream in = file.getInputStream()) {
            RiskCatalogue read = RiskCatalogue.read(in.readNBytes(RiskCatalogue.MAX_BYTES + 1));
            redirect.addFlashAttribute("notice", "risk.catalogue.imported");
            return "redirect:/orgs/" + orgId + "/risk-catalogues/" + catalogues.importFile(orgId, read).id();
        } catch (InvalidRiskDataException invalid) {
            redirect.addFlashAttribute("problems", RiskMethodController.localized(invalid));
            return "redirect:/orgs/" + orgId + "/risk-catalogues";
        }
    }

    @PostMapping("/orgs/{orgId}/risk-catalogues/default")
    @OrganisationScoped(OrgRole.EDITOR)
    String chooseDefault(@PathVariable UUID orgId, @RequestParam String catalogue, RedirectAttributes redirect) {
        catalogues.chooseDefault(orgId, catalogue);
        redirect.addFlashAttribute("notice", "risk.catalogue.defaultChosen");
        return "redirect:/orgs/" + orgId + "/risk-catalogues";
    }

    @GetMapping("/orgs/{orgId}/risk-catalogues/{riskCatalogueId}")
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @PathVariable UUID riskCatalogueId,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model) {
        StoredCatalogue stored = catalogues.get(orgId, riskCatalogueId);
        return editor(orgId, stored, CatalogueForm.of(stored.catalogue()), role, model);
    }

    /** Saves the edited terms as the next version; a refused form is shown again as typed, with every problem. */
    @PostMapping("/orgs/{orgId}/risk-catalogues/{riskCatalogueId}")
    @OrganisationScoped(OrgRole.EDITOR)
    String save(@PathVariable UUID orgId, @PathVariable UUID riskCatalogueId,
                @RequestParam MultiValueMap<String, String> form,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        StoredCatalogue stored = catalogues.get(orgId, riskCatalogueId);
        CatalogueForm edited = CatalogueForm.from(form);
        try {
            catalogues.save(orgId, riskCatalogueId,
                    edited.toCatalogue(stored.catalogue().id(), stored.catalogue().version()));
            redirect.addFlashAttribute("notice", "risk.catalogue.saved");
            return "redirect:/orgs/" + orgId + "/risk-catalogues/" + riskCatalogueId;
        } catch (InvalidRiskDataException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", RiskMethodController.localized(invalid));
            return editor(orgId, stored, edited, role, model);
        }
    }

    @GetMapping("/orgs/{orgId}/risk-catalogues/{riskCatalogueId}/file")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> export(@PathVariable UUID orgId, @PathVariable UUID riskCatalogueId) {
        RiskCatalogue catalogue = catalogues.get(orgId, riskCatalogueId).catalogue();
        return AssessmentFileController.download(new RiskYamlWriter().write(catalogue)
                .getBytes(StandardCharsets.UTF_8), YAML, catalogue.id() + "-v" + catalogue.version() + ".yaml");
    }

    private String editor(UUID orgId, StoredCatalogue stored, CatalogueForm form, OrgRole role, Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("stored", stored);
        model.addAttribute("form", form);
        model.addAttribute("lists", CatalogueForm.LISTS);
        model.addAttribute("canEdit", role.includes(OrgRole.EDITOR));
        return "riskassessment/catalogue";
    }
}
