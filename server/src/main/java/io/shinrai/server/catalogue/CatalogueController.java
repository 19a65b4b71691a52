package io.shinrai.server.catalogue;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.CataloguePurpose;
import io.shinrai.server.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The checklists that disclosures answer, for everyone signed in to read; they belong to no organisation. */
@Controller
class CatalogueController {

    private final CatalogueLibrary catalogues;

    CatalogueController(CatalogueLibrary catalogues) {
        this.catalogues = catalogues;
    }

    @GetMapping("/catalogues")
    String list(Model model) {
        model.addAttribute("catalogues", catalogues.all(CataloguePurpose.DISCLOSURE));
        return "catalogue/list";
    }

    @GetMapping("/catalogues/{id}/{version}")
    String show(@PathVariable String id, @PathVariable String version, Model model) {
        Catalogue catalogue = catalogues.find(id, version).orElseThrow(NotFoundException::new);
        model.addAttribute("catalogue", catalogue);
        return "catalogue/show";
    }
}
