package io.shinrai.server.disclosure;

import io.shinrai.server.organisation.Organisations;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The disclosures an organisation may compare: its own, and those shared with it and not revoked. Anything else
 * is not found, exactly as when it is opened on its own.
 */
@Component
class ComparableDisclosures {

    private final DisclosureRepository repository;
    private final Disclosures disclosures;
    private final Sharing sharing;
    private final Organisations organisations;

    ComparableDisclosures(DisclosureRepository repository, Disclosures disclosures, Sharing sharing,
                          Organisations organisations) {
        this.repository = repository;
        this.disclosures = disclosures;
        this.sharing = sharing;
        this.organisations = organisations;
    }

    /** The chosen disclosures in the order chosen, each once. */
    ComparisonSelection select(UUID organisationId, Collection<UUID> chosen) {
        return new ComparisonSelection(new LinkedHashSet<>(chosen).stream()
                .map(id -> column(organisationId, id)).toList());
    }

    private ComparisonColumn column(UUID organisationId, UUID id) {
        StoredDisclosure stored = repository.find(organisationId, id)
                .orElseGet(() -> sharing.received(organisationId, id));
        boolean received = !stored.organisationId().equals(organisationId);
        return new ComparisonColumn(stored, disclosures.catalogueOf(stored),
                organisations.get(stored.organisationId()).name(), received);
    }
}
