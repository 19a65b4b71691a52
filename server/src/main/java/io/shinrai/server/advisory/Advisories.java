package io.shinrai.server.advisory;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.server.security.CurrentActor;
import io.shinrai.vuln.Advisory;
import io.shinrai.vuln.UnreadableAdvisoryException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advisories the platform holds, one revision per id. An import stores only what is newer than what is held
 * (by the advisory's modified date), so that importing a whole database again costs little and changes only what
 * changed; the ids it changed are announced so that findings are computed again for those alone.
 */
@Service
public class Advisories {

    /** Problems of one import kept in its history; the rest are counted. */
    private static final int PROBLEMS_KEPT = 100;

    private final AdvisoryRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Advisories(AdvisoryRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Imports a file, folder or zip archive in one transaction: an archive refused part way (damaged, a zip bomb)
     * leaves everything as it was. Single advisories that cannot be read are skipped and listed.
     */
    @Transactional(rollbackFor = {IOException.class, UnreadableAdvisoryException.class})
    public AdvisoryImport importFrom(AdvisoryFormat format, String sourceName, String fileName, Path path,
                                     Locale locale) throws IOException, UnreadableAdvisoryException {
        Instant now = clock.instant();
        UUID sourceId = repository.source(sourceName, format, now);
        int[] counts = new int[3];
        Set<String> changed = new LinkedHashSet<>();
        List<LocalizedText> problems = format.read(path, advisory -> {
            Optional<Instant> held = repository.modified(advisory.id());
            if (held.isPresent() && !advisory.modified().isAfter(held.get())) {
                counts[2]++;
                return;
            }
            repository.save(sourceId, advisory, held.isPresent());
            counts[held.isPresent() ? 1 : 0]++;
            changed.add(advisory.id());
        });
        AdvisoryImport done = new AdvisoryImport(UUID.randomUUID(), sourceName, fileName, counts[0], counts[1],
                counts[2], problems.size(), problems.stream().limit(PROBLEMS_KEPT).map(text -> text.in(locale))
                .toList(), CurrentActor.name(), now);
        repository.insertImport(sourceId, done);
        if (!changed.isEmpty()) {
            events.publishEvent(new AdvisoriesChanged(changed));
        }
        return done;
    }

    public List<AdvisorySource> sources() {
        return repository.sources();
    }

    public List<AdvisoryImport> recentImports() {
        return repository.recentImports(50);
    }

    /** The advisories filed under any of these package keys ({@code pkg:maven/org.example/lookup-core}). */
    public List<Advisory> withPackages(Collection<String> packageKeys) {
        return repository.withPackages(packageKeys);
    }

    /** The advisories with a vulnerable CPE criterion for one of these "vendor:product" keys, or a wide one. */
    public List<Advisory> withCpeProducts(Collection<String> productKeys) {
        Set<String> keys = new LinkedHashSet<>(productKeys);
        keys.add(AdvisoryRepository.ANY_PRODUCT);
        return repository.withCpeProducts(keys);
    }

    public List<Advisory> byIds(Collection<String> ids) {
        return repository.byIds(ids);
    }
}
