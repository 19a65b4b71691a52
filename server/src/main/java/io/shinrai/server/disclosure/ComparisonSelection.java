package io.shinrai.server.disclosure;

import io.shinrai.catalog.Catalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The disclosures someone chose to compare, in the order chosen. They can be compared when there are two to six
 * of them, all answering the same catalogue at the same version.
 */
public record ComparisonSelection(List<ComparisonColumn> columns) {

    public static final int FEWEST = 2;
    public static final int MOST = 6;

    public ComparisonSelection {
        columns = List.copyOf(columns);
    }

    public boolean countFits() {
        return columns.size() >= FEWEST && columns.size() <= MOST;
    }

    /** The chosen disclosures split by catalogue (id and version), in the order each catalogue was first chosen. */
    public List<ComparisonSelection> byCatalogue() {
        Map<String, List<ComparisonColumn>> groups = new LinkedHashMap<>();
        columns.forEach(column -> groups.computeIfAbsent(column.catalogue().key(), key -> new ArrayList<>())
                .add(column));
        return groups.values().stream().map(ComparisonSelection::new).toList();
    }

    public boolean comparable() {
        return countFits() && byCatalogue().size() == 1;
    }

    /** The catalogue of the first disclosure chosen: the one all of them answer when they can be compared. */
    public Catalogue catalogue() {
        return columns.get(0).catalogue();
    }

    public List<UUID> ids() {
        return columns.stream().map(column -> column.stored().id()).toList();
    }

    /** Whether any of the disclosures was shared with the organisation rather than being its own. */
    public boolean includesReceived() {
        return columns.stream().anyMatch(ComparisonColumn::received);
    }

    public Comparison compare(Comparison.GapRule gapRule) {
        if (!comparable()) {
            throw new IllegalStateException("only two to six disclosures of one catalogue can be compared");
        }
        return Comparison.of(catalogue(), columns.stream().map(column -> column.stored().document()).toList(),
                gapRule);
    }
}
