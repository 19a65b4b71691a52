package io.shinrai.server.disclosure;

import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.web.NotFoundException;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * What someone holding a share link sees without signing in: the disclosure, read-only, section by section, and its
 * downloads. Every link that does not work, whatever the reason, gets the same page answering 404.
 */
@Controller
class LinkedDisclosureController {

    private final ShareLinks links;
    private final Organisations organisations;
    private final DisclosurePage page;

    LinkedDisclosureController(ShareLinks links, Organisations organisations, DisclosurePage page) {
        this.links = links;
        this.organisations = organisations;
        this.page = page;
    }

    @GetMapping("/s/{token}")
    String show(@PathVariable String token, @RequestParam(required = false) String section, Model model) {
        StoredDisclosure stored = links.read(token, "page");
        model.addAttribute("publisher", organisations.get(stored.organisationId()));
        page.describe(model, stored, section, "/s/" + token);
        return "disclosure/show";
    }

    @GetMapping("/s/{token}/export")
    ResponseEntity<byte[]> export(@PathVariable String token, @RequestParam(defaultValue = "JAHIS") String format,
                                  @RequestParam(defaultValue = "false") boolean signed) throws IOException {
        return page.download(links.read(token, "download " + format + (signed ? " signed" : "")), format, signed);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notUsable() {
        return new ModelAndView("disclosure/link-unusable", HttpStatus.NOT_FOUND);
    }
}
