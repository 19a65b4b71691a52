package io.shinrai.server.checklist;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.Item;
import io.shinrai.catalog.Section;
import io.shinrai.server.checklist.ChecklistRepository.DueItem;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The いいえ items of a hospital whose target date has passed (overdue) or comes within
 * {@value ChecklistAnswer#DUE_SOON_DAYS} days (due soon). Only the latest round counts: a new year's round takes over
 * what the last one left open. Pages ask for them as {@code @checklistReminders}.
 */
@Service
public class ChecklistReminders {

    private final ChecklistRepository repository;
    private final CatalogueLibrary catalogues;
    private final Checklists checklists;

    ChecklistReminders(ChecklistRepository repository, CatalogueLibrary catalogues, Checklists checklists) {
        this.repository = repository;
        this.catalogues = catalogues;
        this.checklists = checklists;
    }

    /** An item to be met, in the form it belongs to. */
    public record Reminder(UUID checklistId, UUID roundId, FiscalYear year, UUID systemId, String systemName,
                           Section section, Item item, LocalDate targetOn, long daysLeft) {

        public boolean overdue() {
            return daysLeft < 0;
        }

        public long daysOverdue() {
            return -daysLeft;
        }

        /** Where the item is answered, from the server's root. */
        public String path(UUID hospitalId) {
            return "/orgs/" + hospitalId + "/checklists/" + roundId
                    + (systemId == null ? "" : "/vendors/" + systemId) + "?section=" + section.id();
        }
    }

    public record Reminders(List<Reminder> overdue, List<Reminder> dueSoon) {

        public boolean none() {
            return overdue.isEmpty() && dueSoon.isEmpty();
        }

        /** The overdue ones first. */
        public List<Reminder> all() {
            return Stream.concat(overdue.stream(), dueSoon.stream()).toList();
        }

        /** Those of one form. */
        public Reminders of(UUID checklistId) {
            return new Reminders(overdue.stream().filter(reminder -> reminder.checklistId().equals(checklistId))
                    .toList(), dueSoon.stream().filter(reminder -> reminder.checklistId().equals(checklistId))
                    .toList());
        }
    }

    public Reminders of(UUID hospitalId) {
        LocalDate today = checklists.today();
        List<Reminder> due = repository.dueItems(hospitalId, today.plusDays(ChecklistAnswer.DUE_SOON_DAYS)).stream()
                .flatMap(item -> reminder(item, today).stream()).toList();
        return new Reminders(due.stream().filter(Reminder::overdue).toList(),
                due.stream().filter(reminder -> !reminder.overdue()).toList());
    }

    public int overdueCount(UUID hospitalId) {
        return repository.dueItems(hospitalId, checklists.today().minusDays(1)).size();
    }

    /** Nothing for an item its catalogue no longer has, which an installation's own catalogue folder could cause. */
    private Optional<Reminder> reminder(DueItem due, LocalDate today) {
        Optional<Catalogue> catalogue = catalogues.find(due.catalogueId(), due.catalogueVersion());
        Optional<Section> section = catalogue.flatMap(found -> found.sections().stream()
                .filter(candidate -> candidate.allItems().stream().anyMatch(item -> item.ref().equals(due.ref())))
                .findFirst());
        return section.map(found -> new Reminder(due.checklistId(), due.roundId(), due.year(), due.systemId(),
                due.systemName(), found, catalogue.get().item(due.ref()).orElseThrow(), due.targetOn(),
                ChronoUnit.DAYS.between(today, due.targetOn())));
    }
}
