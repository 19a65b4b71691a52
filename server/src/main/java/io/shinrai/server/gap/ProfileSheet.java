package io.shinrai.server.gap;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.Item;
import io.shinrai.catalog.Section;
import io.shinrai.hospital.RequirementProfile;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A profile laid out for its editor: how the default rule and each item's rule treat every answer, section by
 * section, and where the profile differs from the one it was copied from.
 *
 * @param answers      the answers the catalogue's items have, which the default rule can name
 * @param basisDefault the default rule of the profile it was copied from, when that differs; else empty
 */
public record ProfileSheet(List<Answer> answers, Map<Answer, Acceptance> defaultRule,
                           Map<Answer, Acceptance> basisDefault, List<Part> parts) {

    /** A section of the catalogue and its items. */
    public record Part(Section section, List<Line> lines) {
    }

    /**
     * One item: whether it has a rule of its own (or follows the default), how it treats each of its answers, and
     * how the profile it was copied from treated them when that differs (else empty). Free-text items take no rule.
     */
    public record Line(Item item, boolean ownRule, Map<Answer, Acceptance> treatment,
                       Map<Answer, Acceptance> basis) {

        public boolean freeText() {
            return item.answers() == AnswerScheme.TEXT;
        }

        public boolean differs() {
            return !basis.isEmpty();
        }
    }

    static ProfileSheet of(Catalogue catalogue, RequirementProfile profile, Optional<RequirementProfile> basis) {
        List<Answer> answers = answersOf(catalogue);
        Map<Answer, Acceptance> defaultRule = Acceptance.of(profile.defaultRule(), answers);
        List<Part> parts = catalogue.sections().stream().map(section -> new Part(section, section.allItems().stream()
                .map(item -> line(item, profile, basis)).toList())).toList();
        return new ProfileSheet(answers, defaultRule, basis.map(original -> Acceptance.of(original.defaultRule(),
                answers)).filter(original -> !original.equals(defaultRule)).orElse(Map.of()), parts);
    }

    /** Every answer some item of the catalogue has, in the order of {@link Answer}. */
    static List<Answer> answersOf(Catalogue catalogue) {
        Set<Answer> answers = EnumSet.noneOf(Answer.class);
        catalogue.allItems().forEach(item -> answers.addAll(item.answers().answers()));
        return List.copyOf(answers);
    }

    public long differences() {
        return (basisDefault.isEmpty() ? 0 : 1)
                + parts.stream().flatMap(part -> part.lines().stream()).filter(Line::differs).count();
    }

    private static Line line(Item item, RequirementProfile profile, Optional<RequirementProfile> basis) {
        List<Answer> answers = item.answers().answers();
        Map<Answer, Acceptance> treatment = Acceptance.of(profile.ruleFor(item.ref()), answers);
        Map<Answer, Acceptance> original = basis.map(based -> Acceptance.of(based.ruleFor(item.ref()), answers))
                .filter(before -> !before.equals(treatment)).orElse(Map.of());
        return new Line(item, profile.overrides().containsKey(item.ref()), treatment, original);
    }
}
