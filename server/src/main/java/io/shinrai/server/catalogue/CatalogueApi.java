package io.shinrai.server.catalogue;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.server.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/catalogues")
@Tag(name = "Catalogues")
class CatalogueApi {

    private final CatalogueLibrary catalogues;

    CatalogueApi(CatalogueLibrary catalogues) {
        this.catalogues = catalogues;
    }

    /** A catalogue as listed: without its questions. */
    record Summary(String id, String version, String titleJa, String titleEn, int items) {
    }

    @GetMapping
    @Operation(summary = "The checklist catalogues this installation knows")
    List<Summary> list() {
        return catalogues.all().stream().map(catalogue -> new Summary(catalogue.id(), catalogue.version(),
                catalogue.title().ja(), catalogue.title().en(), catalogue.allItems().size())).toList();
    }

    @GetMapping("/{id}/{version}")
    @Operation(summary = "One catalogue with its sections, items, options and guideline references")
    Catalogue get(@PathVariable String id, @PathVariable String version) {
        return catalogues.find(id, version).orElseThrow(NotFoundException::new);
    }
}
