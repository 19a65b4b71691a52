package io.shinrai.server.catalogue;

import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.InvalidCatalogueException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the catalogues at start: the built-in ones and those in SHINRAI_CATALOGUES. A catalogue with problems
 * stops the start with every problem listed, rather than leaving people with a checklist that is half there.
 */
@Configuration
class CatalogueConfiguration {

    @Bean
    CatalogueLibrary catalogueLibrary(@Value("${shinrai.catalogues:}") String folder) throws InvalidCatalogueException {
        return CatalogueLibrary.load(folder.isBlank() ? null : Path.of(folder));
    }
}
