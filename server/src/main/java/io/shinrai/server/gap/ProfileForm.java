package io.shinrai.server.gap;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.Item;
import io.shinrai.catalog.LocalizedText;
import io.shinrai.hospital.AnswerRule;
import io.shinrai.hospital.RequirementProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.MultiValueMap;

/**
 * The editor's form, read onto the profile it was opened on. What the form leaves out stays as it was. For each
 * item and answer the form gives a treatment or leaves it to the default rule: an item whose answers are all left
 * to the default has no rule of its own, and an item with any answer set gets one, its other answers treated as
 * the default treats them now (so a later change of the default does not reach it).
 */
final class ProfileForm {

    private static final String DEFAULT = "default:";
    private static final String RULE = "rule:";

    private ProfileForm() {
    }

    static RequirementProfile read(MultiValueMap<String, String> form, RequirementProfile profile,
                                   Catalogue catalogue) {
        AnswerRule defaultRule = defaultRule(form, profile.defaultRule(), ProfileSheet.answersOf(catalogue));
        Map<String, AnswerRule> overrides = new LinkedHashMap<>();
        for (Item item : catalogue.allItems()) {
            if (item.answers() == AnswerScheme.TEXT) {
                continue;
            }
            if (item.answers().answers().stream().anyMatch(answer -> form.containsKey(field(item, answer)))) {
                ownRule(form, item, defaultRule).ifPresent(rule -> overrides.put(item.ref(), rule));
            } else if (profile.overrides().containsKey(item.ref())) {
                overrides.put(item.ref(), profile.overrides().get(item.ref()));
            }
        }
        return new RequirementProfile(profile.id(), profile.version(),
                text(form, "title", profile.title()), text(form, "description", profile.description()),
                profile.catalogueId(), profile.catalogueVersion(), profile.basedOn(), defaultRule, overrides);
    }

    private static AnswerRule defaultRule(MultiValueMap<String, String> form, AnswerRule current,
                                          List<Answer> answers) {
        Map<Answer, Acceptance> treatment = new LinkedHashMap<>();
        for (Answer answer : answers) {
            treatment.put(answer, Acceptance.named(form.getFirst(DEFAULT + answer))
                    .orElseGet(() -> Acceptance.of(current, answer)));
        }
        return Acceptance.rule(treatment);
    }

    /** The item's own rule as the form gives it; none when every answer is left to the default. */
    private static Optional<AnswerRule> ownRule(MultiValueMap<String, String> form, Item item,
                                                AnswerRule defaultRule) {
        Map<Answer, Optional<Acceptance>> given = new LinkedHashMap<>();
        item.answers().answers().forEach(answer -> given.put(answer,
                Acceptance.named(form.getFirst(field(item, answer)))));
        if (given.values().stream().allMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        Map<Answer, Acceptance> treatment = new LinkedHashMap<>();
        given.forEach((answer, acceptance) -> treatment.put(answer,
                acceptance.orElseGet(() -> Acceptance.of(defaultRule, answer))));
        return Optional.of(Acceptance.rule(treatment));
    }

    private static LocalizedText text(MultiValueMap<String, String> form, String field, LocalizedText current) {
        return new LocalizedText(stripped(form.getFirst(field + "Ja"), current.ja()),
                stripped(form.getFirst(field + "En"), current.en()));
    }

    /** The name of an item's select for one answer. */
    private static String field(Item item, Answer answer) {
        return RULE + item.ref() + ":" + answer;
    }

    private static String stripped(String given, String current) {
        return given == null ? current : given.strip();
    }
}
