package io.shinrai.server.advisory;

import io.shinrai.vuln.UnreadableAdvisoryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform admin keeps the advisory data: uploads OSV or NVD files and zip archives, and sees each import. */
@Controller
class AdvisoryController {

    private final Advisories advisories;
    private final AdvisoryFolder folder;

    AdvisoryController(Advisories advisories, AdvisoryFolder folder) {
        this.advisories = advisories;
        this.folder = folder;
    }

    @GetMapping("/platform/advisories")
    String list(Model model) {
        model.addAttribute("sources", advisories.sources());
        model.addAttribute("imports", advisories.recentImports());
        model.addAttribute("formats", AdvisoryFormat.values());
        model.addAttribute("folderConfigured", folder.configured());
        return "advisory/platform";
    }

    @PostMapping("/platform/advisories")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam AdvisoryFormat format,
                  @RequestParam(required = false) String source, RedirectAttributes redirect) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        String sourceName = source == null || source.isBlank() ? format.name()
                : source.strip().substring(0, Math.min(source.strip().length(), 200));
        // the readers take a path: a zip archive is read entry by entry from the file, never held whole
        Path copy = Files.createTempFile("advisories-", ".upload");
        try (InputStream content = file.getInputStream()) {
            Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
            redirect.addFlashAttribute("imported", advisories.importFrom(format, sourceName,
                    String.valueOf(file.getOriginalFilename()), copy, locale));
        } catch (UnreadableAdvisoryException refused) {
            redirect.addFlashAttribute("refused", refused.reason().in(locale));
        } finally {
            Files.deleteIfExists(copy);
        }
        return "redirect:/platform/advisories";
    }

    /** Imports everything in the server's advisory folder, each file, folder or archive in a transaction of its own. */
    @PostMapping("/platform/advisories/folder")
    String importFolder(RedirectAttributes redirect) throws IOException {
        if (!folder.configured()) {
            redirect.addFlashAttribute("refused", "SHINRAI_ADVISORY_FOLDER");
            return "redirect:/platform/advisories";
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<String> refused = new ArrayList<>();
        int imported = 0;
        for (AdvisoryFolder.Entry entry : folder.entries()) {
            try {
                advisories.importFrom(entry.format(), entry.source(), entry.path().getFileName().toString(),
                        entry.path(), locale);
                imported++;
            } catch (UnreadableAdvisoryException unreadable) {
                refused.add(unreadable.reason().in(locale));
            }
        }
        redirect.addFlashAttribute("folderImported", imported);
        redirect.addFlashAttribute("folderRefused", refused);
        return "redirect:/platform/advisories";
    }
}
