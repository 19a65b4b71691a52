package io.shinrai.server.disclosure;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.Item;
import io.shinrai.catalog.Section;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Disclosures of one catalogue side by side: for every item, whether their answers differ and which of them are
 * gaps, and for every disclosure how much of what it was asked it answered. What counts as a gap is a
 * {@link GapRule}, so that a hospital's own requirements can take the place of the plain rule.
 */
public final class Comparison {

    /**
     * Whether a disclosure's answer to an item it was asked is a gap. {@code answer} is null when the disclosure
     * says nothing about the item, and not {@link ItemAnswer#isAnswered() answered} when it holds only remarks.
     */
    @FunctionalInterface
    public interface GapRule {

        /** The rule without requirements: いいえ, or no answer at all. */
        GapRule NO_OR_UNANSWERED = (item, answer) -> answer == null || !answer.isAnswered()
                || answer.answer() == Answer.NO;

        boolean isGap(Item item, ItemAnswer answer);
    }

    /** Which rows to show. */
    public enum Filter {
        ALL, DIFFERENCES, GAPS;

        boolean shows(Row row) {
            return switch (this) {
                case ALL -> true;
                case DIFFERENCES -> row.differs();
                case GAPS -> row.hasGap();
            };
        }

        /** As written in a query parameter ({@code differences}); anything else shows all rows. */
        public static Filter named(String name) {
            for (Filter filter : values()) {
                if (filter.parameter().equals(name)) {
                    return filter;
                }
            }
            return ALL;
        }

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One disclosure's answer to one item; {@code answer} is null when there is none. An item that the disclosure
     * was not asked, because it depends on a feature the product does not use, is never a gap.
     */
    public record Cell(ItemAnswer answer, boolean asked, boolean gap) {

        public boolean answered() {
            return asked && answer != null && answer.isAnswered();
        }

        /**
         * What is compared across a row: the answer or the free text, with an item not asked counting as 対象外.
         * Remarks are not compared; they are worded differently even when vendors say the same.
         */
        private Object compared() {
            if (!asked) {
                return Answer.NOT_APPLICABLE;
            }
            if (!answered()) {
                return null;
            }
            return answer.answer() != null ? answer.answer() : answer.text().strip();
        }
    }

    /** One item across all disclosures, cells in the order of the disclosures. */
    public record Row(Item item, List<Cell> cells, boolean differs) {

        public Row {
            cells = List.copyOf(cells);
        }

        public boolean hasGap() {
            return cells.stream().anyMatch(Cell::gap);
        }
    }

    /** The rows of one section, in the catalogue's order. */
    public record SectionRows(Section section, List<Row> rows) {

        public SectionRows {
            rows = List.copyOf(rows);
        }
    }

    /** How much of what a disclosure was asked it answered, and how often it said いいえ. */
    public record Summary(int asked, int answered, int no) {

        public int unanswered() {
            return asked - answered;
        }
    }

    private final Catalogue catalogue;
    private final List<SectionRows> sections;
    private final List<Summary> summaries;

    private Comparison(Catalogue catalogue, List<SectionRows> sections, List<Summary> summaries) {
        this.catalogue = catalogue;
        this.sections = sections;
        this.summaries = summaries;
    }

    /** Compares disclosures that all answer {@code catalogue}, in the order given. */
    public static Comparison of(Catalogue catalogue, List<Disclosure> disclosures, GapRule gapRule) {
        for (Disclosure disclosure : disclosures) {
            if (!disclosure.answers(catalogue)) {
                throw new IllegalArgumentException(disclosure.documentId() + " answers " + disclosure.catalogueId()
                        + "@" + disclosure.catalogueVersion() + ", not " + catalogue.key());
            }
        }
        List<Set<Item>> asked = disclosures.stream()
                .<Set<Item>>map(disclosure -> new HashSet<>(disclosure.askedItems(catalogue))).toList();
        List<SectionRows> sections = new ArrayList<>();
        for (Section section : catalogue.sections()) {
            List<Row> rows = new ArrayList<>();
            for (Item item : section.allItems()) {
                List<Cell> cells = new ArrayList<>();
                for (int column = 0; column < disclosures.size(); column++) {
                    boolean isAsked = asked.get(column).contains(item);
                    ItemAnswer answer = disclosures.get(column).answers().get(item.ref());
                    cells.add(new Cell(answer, isAsked, isAsked && gapRule.isGap(item, answer)));
                }
                rows.add(new Row(item, cells, cells.stream().map(Cell::compared).distinct().count() > 1));
            }
            sections.add(new SectionRows(section, rows));
        }
        List<Summary> summaries = new ArrayList<>();
        for (int column = 0; column < disclosures.size(); column++) {
            int index = column;
            List<Cell> cells = sections.stream().flatMap(part -> part.rows().stream())
                    .map(row -> row.cells().get(index)).filter(Cell::asked).toList();
            summaries.add(new Summary(cells.size(), (int) cells.stream().filter(Cell::answered).count(),
                    (int) cells.stream().filter(cell -> cell.answered() && cell.answer().answer() == Answer.NO)
                            .count()));
        }
        return new Comparison(catalogue, List.copyOf(sections), List.copyOf(summaries));
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** The sections that have rows to show, each with only those rows. */
    public List<SectionRows> sections(Filter filter) {
        return sections.stream()
                .map(part -> new SectionRows(part.section(), part.rows().stream().filter(filter::shows).toList()))
                .filter(part -> !part.rows().isEmpty())
                .toList();
    }

    /** How many rows the filter shows. */
    public long count(Filter filter) {
        return sections.stream().flatMap(part -> part.rows().stream()).filter(filter::shows).count();
    }

    /** One summary per disclosure, in the order of the disclosures. */
    public List<Summary> summaries() {
        return summaries;
    }
}
