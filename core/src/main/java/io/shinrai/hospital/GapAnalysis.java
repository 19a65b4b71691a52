package io.shinrai.hospital;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.Item;
import io.shinrai.catalog.Section;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.SharedNote;
import io.shinrai.hospital.Gap.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares disclosures with a requirement profile. Every asked item that is unanswered is a gap; an answer is a gap
 * when the item's rule does not accept it, either outright or only with the hospital's risk evaluation. Free-text
 * items are gaps only when unanswered, and items of features not in use are not asked, so never gaps.
 *
 * <p>A hospital recomputes every system when a profile changes, so the rules are resolved once per catalogue and
 * profile into flat arrays, and {@link #analyse} allocates little beyond the gaps it finds.
 */
public final class GapAnalysis {

    private final Catalogue catalogue;
    /** The items in the catalogue's order, parents before their children. */
    private final Item[] items;
    /** For each item, the index just past its last descendant: where to go on when the item is not asked. */
    private final int[] subtreeEnd;
    /** For each item, its acceptable answers and those needing a risk evaluation, as bits by {@link Answer} ordinal. */
    private final int[] acceptable;
    private final int[] riskEvaluation;

    /** @throws IllegalArgumentException when the profile is for another catalogue or version */
    public GapAnalysis(Catalogue catalogue, RequirementProfile profile) {
        if (!profile.appliesTo(catalogue)) {
            throw new IllegalArgumentException("the profile " + profile.key() + " is for the catalogue "
                    + profile.catalogueId() + "@" + profile.catalogueVersion() + ", not " + catalogue.key());
        }
        this.catalogue = catalogue;
        items = new Item[catalogue.allItems().size()];
        subtreeEnd = new int[items.length];
        acceptable = new int[items.length];
        riskEvaluation = new int[items.length];
        int index = 0;
        for (Section section : catalogue.sections()) {
            for (Item item : section.items()) {
                index = resolve(item, index, profile);
            }
        }
    }

    /** The gaps of one disclosure; {@code new GapAnalysis(catalogue, profile)} once is cheaper for many. */
    public static GapReport of(Catalogue catalogue, RequirementProfile profile, Disclosure disclosure) {
        return new GapAnalysis(catalogue, profile).analyse(disclosure);
    }

    /** @throws IllegalArgumentException when the disclosure answers another catalogue or version */
    public GapReport analyse(Disclosure disclosure) {
        if (!disclosure.answers(catalogue)) {
            throw new IllegalArgumentException("the disclosure answers " + disclosure.catalogueId() + "@"
                    + disclosure.catalogueVersion() + ", not " + catalogue.key());
        }
        Map<String, ItemAnswer> answers = disclosure.answers();
        Set<String> optionsInUse = disclosure.optionsInUse();
        List<Gap> gaps = new ArrayList<>();
        int asked = 0;
        int unanswered = 0;
        int notAcceptable = 0;
        int needsRiskEvaluation = 0;
        int i = 0;
        while (i < items.length) {
            Item item = items[i];
            if (item.whenOption() != null && !optionsInUse.contains(item.whenOption())) {
                i = subtreeEnd[i];
                continue;
            }
            asked++;
            ItemAnswer given = answers.get(item.ref());
            Kind kind = judge(i, given);
            if (kind != null) {
                switch (kind) {
                    case UNANSWERED -> unanswered++;
                    case NOT_ACCEPTABLE -> notAcceptable++;
                    case NEEDS_RISK_EVALUATION -> needsRiskEvaluation++;
                }
                gaps.add(gap(item, kind, given, disclosure.notes()));
            }
            i++;
        }
        return new GapReport(gaps, new GapSummary(asked, asked - gaps.size(), unanswered, notAcceptable,
                needsRiskEvaluation));
    }

    /** The kind of gap the answer to the item at {@code i} is, or null when it is acceptable. */
    private Kind judge(int i, ItemAnswer given) {
        if (given == null || !given.isAnswered()) {
            return Kind.UNANSWERED;
        }
        if (items[i].answers() == AnswerScheme.TEXT) {
            return null;
        }
        int bit = given.answer() == null ? 0 : 1 << given.answer().ordinal();
        if ((acceptable[i] & bit) != 0) {
            return null;
        }
        return (riskEvaluation[i] & bit) != 0 ? Kind.NEEDS_RISK_EVALUATION : Kind.NOT_ACCEPTABLE;
    }

    /** Puts the item at {@code index} and its descendants after it; returns the index past them. */
    private int resolve(Item item, int index, RequirementProfile profile) {
        AnswerRule rule = profile.ruleFor(item.ref());
        items[index] = item;
        acceptable[index] = bits(rule.acceptable());
        riskEvaluation[index] = bits(rule.riskEvaluation());
        int next = index + 1;
        for (Item child : item.children()) {
            next = resolve(child, next, profile);
        }
        subtreeEnd[index] = next;
        return next;
    }

    private static int bits(Set<Answer> answers) {
        int bits = 0;
        for (Answer answer : answers) {
            bits |= 1 << answer.ordinal();
        }
        return bits;
    }

    private static Gap gap(Item item, Kind kind, ItemAnswer given, List<SharedNote> notes) {
        if (given == null) {
            return new Gap(item.ref(), item.text(), kind, null, null, List.of());
        }
        return new Gap(item.ref(), item.text(), kind, given.answer(), given.remarks(), referenced(given, notes));
    }

    /** The shared notes an answer refers to, in its order; numbers without a note are left out. */
    private static List<SharedNote> referenced(ItemAnswer given, List<SharedNote> notes) {
        if (given.notes().isEmpty()) {
            return List.of();
        }
        List<SharedNote> referenced = new ArrayList<>(given.notes().size());
        for (int number : given.notes()) {
            for (SharedNote note : notes) {
                if (note.number() == number) {
                    referenced.add(note);
                    break;
                }
            }
        }
        return referenced;
    }
}
