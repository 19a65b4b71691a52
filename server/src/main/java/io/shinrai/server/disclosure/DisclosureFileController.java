package io.shinrai.server.disclosure;

import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.LocalizedText;
import io.shinrai.disclosure.file.DisclosureFormat;
import io.shinrai.disclosure.file.ImportResult;
import io.shinrai.disclosure.file.UnusableFileException;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.OrganisationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Disclosures in and out as files: the JAHIS-style workbook people know, MDS2, and JSON. */
@Controller
class DisclosureFileController {

    private final Disclosures disclosures;
    private final CatalogueLibrary catalogues;
    private final DisclosurePage page;

    DisclosureFileController(Disclosures disclosures, CatalogueLibrary catalogues, DisclosurePage page) {
        this.disclosures = disclosures;
        this.catalogues = catalogues;
        this.page = page;
    }

    @GetMapping("/orgs/{orgId}/disclosures/{disclosureId}/export")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> export(@PathVariable UUID orgId, @PathVariable UUID disclosureId,
                                  @RequestParam(defaultValue = "JAHIS") String format) throws IOException {
        return page.download(disclosures.get(orgId, disclosureId), format);
    }

    /**
     * Reads an uploaded disclosure (a vendor's workbook, MDS2 or JSON) into a new draft. What could not be mapped
     * is listed on the draft's page; a file that holds nothing usable changes nothing.
     */
    @PostMapping("/orgs/{orgId}/disclosures/import")
    @OrganisationScoped(OrgRole.EDITOR)
    String importFile(@PathVariable UUID orgId, @RequestParam("file") MultipartFile file,
                      RedirectAttributes redirect) throws IOException {
        String name = Objects.requireNonNullElse(file.getOriginalFilename(), "upload");
        byte[] bytes = file.getBytes();
        ImportResult result;
        try {
            result = DisclosureFormat.detect(name, bytes).read(bytes, baseName(name), catalogues);
        } catch (UnusableFileException e) {
            redirect.addFlashAttribute("importProblem", e.reason().in(locale()));
            return "redirect:/orgs/" + orgId + "/disclosures";
        }
        if (catalogues.find(result.disclosure().catalogueId(), result.disclosure().catalogueVersion()).isEmpty()) {
            redirect.addFlashAttribute("importProblem", unknownCatalogue(result).in(locale()));
            return "redirect:/orgs/" + orgId + "/disclosures";
        }
        StoredDisclosure draft = disclosures.importDraft(orgId, result.disclosure());
        List<String> unmapped = result.problems().stream().map(problem -> problem.in(locale())).toList();
        redirect.addFlashAttribute("unmapped", unmapped);
        redirect.addFlashAttribute("notice", "disclosure.imported");
        return "redirect:/orgs/" + orgId + "/disclosures/" + draft.id();
    }

    private static LocalizedText unknownCatalogue(ImportResult result) {
        String key = result.disclosure().catalogueId() + " " + result.disclosure().catalogueVersion();
        return new LocalizedText("このファイルのチェックリスト（" + key + "）はこのサーバーに登録されていません。",
                "This file answers a checklist (" + key + ") that this server does not know.");
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
