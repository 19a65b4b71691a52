package io.shinrai.server.inventory;

import io.shinrai.disclosure.excel.SheetText;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The vendors on the platform, found by the name a hospital writes for them (full-width, spacing and case aside). */
@Component
public class Vendors {

    private final OrganisationRepository organisations;

    Vendors(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public List<Organisation> all() {
        return organisations.findAll().stream().filter(organisation -> !organisation.isHospital()).toList();
    }

    Optional<Organisation> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = SheetText.key(name);
        return all().stream().filter(vendor -> SheetText.key(vendor.name()).equals(key)).findFirst();
    }
}
