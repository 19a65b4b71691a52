package io.shinrai.server.gap;

import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.hospital.InvalidProfileException;
import io.shinrai.hospital.ProfileLibrary;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the requirement profiles at start: the built-in ones and those in SHINRAI_PROFILES, checked like catalogues. */
@Configuration
class ProfileConfiguration {

    @Bean
    ProfileLibrary profileLibrary(CatalogueLibrary catalogues, @Value("${shinrai.profiles:}") String folder)
            throws InvalidProfileException {
        return ProfileLibrary.load(catalogues, folder.isBlank() ? null : Path.of(folder));
    }
}
