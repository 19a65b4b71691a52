package io.shinrai.server.disclosure;

import io.shinrai.disclosure.file.UnusableFileException;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.OrganisationScoped;
import java.io.IOException;
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
    private final DisclosurePage page;

    DisclosureFileController(Disclosures disclosures, DisclosurePage page) {
        this.disclosures = disclosures;
        this.page = page;
    }

    @GetMapping("/orgs/{orgId}/disclosures/{disclosureId}/export")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> export(@PathVariable UUID orgId, @PathVariable UUID disclosureId,
                                  @RequestParam(defaultValue = "JAHIS") String format,
                                  @RequestParam(defaultValue = "false") boolean signed) throws IOException {
        return page.download(disclosures.get(orgId, disclosureId), format, signed);
    }

    /**
     * Reads an uploaded disclosure (a vendor's workbook, MDS2 or JSON) into a new draft. What could not be mapped
     * is listed on the draft's page; a file that holds nothing usable changes nothing.
     */
    @PostMapping("/orgs/{orgId}/disclosures/import")
    @OrganisationScoped(OrgRole.EDITOR)
    String importFile(@PathVariable UUID orgId, @RequestParam("file") MultipartFile file,
                      RedirectAttributes redirect) throws IOException {
        Disclosures.Imported imported;
        try {
            imported = disclosures.importFile(orgId,
                    Objects.requireNonNullElse(file.getOriginalFilename(), "upload"), file.getBytes());
        } catch (UnusableFileException e) {
            redirect.addFlashAttribute("importProblem", e.reason().in(locale()));
            return "redirect:/orgs/" + orgId + "/disclosures";
        }
        redirect.addFlashAttribute("unmapped", imported.unmapped().stream().map(line -> line.in(locale())).toList());
        redirect.addFlashAttribute("notice", "disclosure.imported");
        return "redirect:/orgs/" + orgId + "/disclosures/" + imported.draft().id();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
