package io.shinrai.server.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueOption;
import io.shinrai.catalog.CataloguePurpose;
import io.shinrai.catalog.Item;
import io.shinrai.catalog.LocalizedText;
import io.shinrai.catalog.Section;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.server.disclosure.Comparison.Cell;
import io.shinrai.server.disclosure.Comparison.Filter;
import io.shinrai.server.disclosure.Comparison.GapRule;
import io.shinrai.server.disclosure.Comparison.Row;
import io.shinrai.server.disclosure.Comparison.Summary;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which rows differ, which answers are gaps and what each disclosure answered, without a server. */
class ComparisonTest {

    private static final Catalogue CATALOGUE = new Catalogue("pacs", "1", text("PACS"), CataloguePurpose.DISCLOSURE,
            AnswerScheme.YES_NO_NA, List.of(), List.of(new CatalogueOption("wireless-lan", text("無線LAN"))), List.of(
            new Section("access", text("認証"), List.of(), List.of(
                    item("1.1", null), item("1.2", null), free("1.3"))),
            new Section("network", text("ネットワーク"), List.of(), List.of(
                    item("2.1", null), item("2.2", "wireless-lan")))));

    @Test
    void aRowDiffersWhenTheAnswersDifferButNotWhenOnlyTheRemarksDo() {
        Comparison comparison = Comparison.of(CATALOGUE, List.of(
                disclosure(Set.of(), Map.of("1.1", ItemAnswer.of(Answer.YES, "年1回見直し"),
                        "1.2", ItemAnswer.of(Answer.YES), "1.3", ItemAnswer.text(" AES-256 "))),
                disclosure(Set.of(), Map.of("1.1", ItemAnswer.of(Answer.YES, "随時"),
                        "1.2", ItemAnswer.of(Answer.NO, "次期版で対応"), "1.3", ItemAnswer.text("AES-256")))),
                GapRule.NO_OR_UNANSWERED);

        assertThat(row(comparison, "1.1").differs()).isFalse();
        assertThat(row(comparison, "1.2").differs()).isTrue();
        assertThat(row(comparison, "1.3").differs()).isFalse();
    }

    @Test
    void noAndUnansweredAreGapsButNotApplicableAndItemsNotAskedAreNot() {
        Comparison comparison = Comparison.of(CATALOGUE, List.of(
                disclosure(Set.of(), Map.of("1.1", ItemAnswer.of(Answer.NO), "2.1", ItemAnswer.of(Answer.NOT_APPLICABLE))),
                disclosure(Set.of("wireless-lan"), Map.of("1.1", ItemAnswer.of(Answer.YES),
                        "1.2", new ItemAnswer(null, null, "確認中", List.of())))),
                GapRule.NO_OR_UNANSWERED);

        assertThat(row(comparison, "1.1").cells()).extracting(Cell::gap).containsExactly(true, false);
        assertThat(row(comparison, "1.2").cells()).extracting(Cell::gap).containsExactly(true, true);
        assertThat(row(comparison, "2.1").cells()).extracting(Cell::gap).containsExactly(false, true);
        assertThat(row(comparison, "2.2").cells()).extracting(Cell::asked).containsExactly(false, true);
        assertThat(row(comparison, "2.2").cells()).extracting(Cell::gap).containsExactly(false, true);
    }

    @Test
    void anItemNotAskedComparesAsNotApplicable() {
        Comparison comparison = Comparison.of(CATALOGUE, List.of(
                disclosure(Set.of(), Map.of()),
                disclosure(Set.of("wireless-lan"), Map.of("2.2", ItemAnswer.of(Answer.NOT_APPLICABLE))),
                disclosure(Set.of("wireless-lan"), Map.of("2.2", ItemAnswer.of(Answer.YES)))),
                GapRule.NO_OR_UNANSWERED);
        Comparison firstTwo = Comparison.of(CATALOGUE, List.of(
                disclosure(Set.of(), Map.of()),
                disclosure(Set.of("wireless-lan"), Map.of("2.2", ItemAnswer.of(Answer.NOT_APPLICABLE)))),
                GapRule.NO_OR_UNANSWERED);

        assertThat(row(comparison, "2.2").differs()).isTrue();
        assertThat(row(firstTwo, "2.2").differs()).isFalse();
    }

    @Test
    void eachDisclosureIsSummarisedOverTheItemsItWasAsked() {
        Comparison comparison = Comparison.of(CATALOGUE, List.of(
                disclosure(Set.of(), Map.of("1.1", ItemAnswer.of(Answer.NO), "1.2", ItemAnswer.of(Answer.YES),
                        "1.3", ItemAnswer.text("AES"))),
                disclosure(Set.of("wireless-lan"), Map.of("2.2", ItemAnswer.of(Answer.NO)))),
                GapRule.NO_OR_UNANSWERED);

        assertThat(comparison.summaries()).containsExactly(new Summary(4, 3, 1), new Summary(5, 1, 1));
        assertThat(comparison.summaries()).extracting(Summary::unanswered).containsExactly(1, 4);
    }

    @Test
    void aRuleOfOnesOwnDecidesWhatIsAGap() {
        GapRule notApplicableNeedsExplaining = (item, answer) -> answer != null
                && answer.answer() == Answer.NOT_APPLICABLE && !answer.hasRemarks();

        Comparison comparison = Comparison.of(CATALOGUE, List.of(
                disclosure(Set.of(), Map.of("1.1", ItemAnswer.of(Answer.NOT_APPLICABLE), "1.2", ItemAnswer.of(Answer.NO))),
                disclosure(Set.of(), Map.of("1.1", ItemAnswer.of(Answer.NOT_APPLICABLE, "院内に該当機器なし")))),
                notApplicableNeedsExplaining);

        assertThat(row(comparison, "1.1").cells()).extracting(Cell::gap).containsExactly(true, false);
        assertThat(row(comparison, "1.2").hasGap()).isFalse();
    }

    @Test
    void theFiltersShowOnlyDifferingRowsOrRowsWithGapsAndDropSectionsLeftEmpty() {
        Comparison comparison = Comparison.of(CATALOGUE, List.of(
                disclosure(Set.of(), Map.of("1.1", ItemAnswer.of(Answer.YES), "1.2", ItemAnswer.of(Answer.YES),
                        "1.3", ItemAnswer.text("AES"), "2.1", ItemAnswer.of(Answer.NO))),
                disclosure(Set.of(), Map.of("1.1", ItemAnswer.of(Answer.NO), "1.2", ItemAnswer.of(Answer.YES),
                        "1.3", ItemAnswer.text("AES"), "2.1", ItemAnswer.of(Answer.NO)))),
                GapRule.NO_OR_UNANSWERED);

        assertThat(refs(comparison, Filter.ALL)).containsExactly("1.1", "1.2", "1.3", "2.1", "2.2");
        assertThat(refs(comparison, Filter.DIFFERENCES)).containsExactly("1.1");
        assertThat(comparison.sections(Filter.DIFFERENCES)).hasSize(1);
        assertThat(refs(comparison, Filter.GAPS)).containsExactly("1.1", "2.1");
        assertThat(comparison.count(Filter.GAPS)).isEqualTo(2);
        assertThat(Filter.named("differences")).isEqualTo(Filter.DIFFERENCES);
        assertThat(Filter.named("nonsense")).isEqualTo(Filter.ALL);
        assertThat(Filter.named(null)).isEqualTo(Filter.ALL);
    }

    @Test
    void aDisclosureOfAnotherCatalogueIsRefused() {
        Disclosure other = new Disclosure("MDS-1", "jahis-mds", "5.0", BasicInformation.empty(), Set.of(), Map.of(),
                List.of());

        assertThatThrownBy(() -> Comparison.of(CATALOGUE, List.of(disclosure(Set.of(), Map.of()), other),
                GapRule.NO_OR_UNANSWERED)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MDS-1");
    }

    private static Row row(Comparison comparison, String ref) {
        return comparison.sections(Filter.ALL).stream().flatMap(part -> part.rows().stream())
                .filter(row -> row.item().ref().equals(ref)).findFirst().orElseThrow();
    }

    private static List<String> refs(Comparison comparison, Filter filter) {
        return comparison.sections(filter).stream().flatMap(part -> part.rows().stream())
                .map(row -> row.item().ref()).toList();
    }

    private static Disclosure disclosure(Set<String> options, Map<String, ItemAnswer> answers) {
        return new Disclosure("PACS-1", "pacs", "1", BasicInformation.empty(), options, answers,
                List.of());
    }

    private static Item item(String ref, String whenOption) {
        return new Item(ref, text("質問 " + ref), AnswerScheme.YES_NO_NA, List.of(), whenOption, Set.of(), List.of());
    }

    private static Item free(String ref) {
        return new Item(ref, text("質問 " + ref), AnswerScheme.TEXT, List.of(), null, Set.of(), List.of());
    }

    private static LocalizedText text(String ja) {
        return new LocalizedText(ja, ja);
    }
}
