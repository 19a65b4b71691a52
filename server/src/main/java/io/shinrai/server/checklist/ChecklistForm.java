package io.shinrai.server.checklist;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.Item;
import io.shinrai.catalog.Section;
import io.shinrai.disclosure.SectionProgress;
import io.shinrai.server.attachment.Attachment;
import io.shinrai.server.checklist.ChecklistFinding.Kind;
import io.shinrai.server.disclosure.Sharing.Received;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A checklist with its answers and evidence, item by item. For a vendor's form linked to a disclosure, the answers
 * are the disclosure's and {@code source} is where they come from; it is null once the vendor stopped sharing.
 */
public record ChecklistForm(Checklist checklist, Catalogue catalogue, Map<String, ChecklistAnswer> answers,
                            Map<String, List<Attachment>> evidence, Received source) {

    public ChecklistForm {
        answers = Map.copyOf(answers);
        evidence = Map.copyOf(evidence);
    }

    public ChecklistAnswer answerTo(String ref) {
        return answers.getOrDefault(ref, ChecklistAnswer.NONE);
    }

    public List<Attachment> evidenceFor(String ref) {
        return evidence.getOrDefault(ref, List.of());
    }

    /** The disclosure this form was linked to is no longer shared with the hospital. */
    public boolean linkBroken() {
        return checklist.isLinked() && source == null;
    }

    public List<SectionProgress> progress() {
        return catalogue.sections().stream().map(section -> new SectionProgress(section.id(),
                (int) section.allItems().stream().filter(item -> answerTo(item.ref()).isAnswered()).count(),
                section.allItems().size())).toList();
    }

    public int answeredCount() {
        return progress().stream().mapToInt(SectionProgress::answered).sum();
    }

    public int itemCount() {
        return catalogue.allItems().size();
    }

    /** What keeps the form from being complete: items unanswered, and いいえ without a target date or remarks. */
    public List<ChecklistFinding> findings() {
        List<ChecklistFinding> findings = new ArrayList<>();
        for (Item item : catalogue.allItems()) {
            ChecklistAnswer answer = answerTo(item.ref());
            if (!answer.isAnswered()) {
                findings.add(new ChecklistFinding(item.ref(), Kind.UNANSWERED));
                continue;
            }
            if (answer.isNo() && answer.targetOn() == null) {
                findings.add(new ChecklistFinding(item.ref(), Kind.TARGET_DATE_MISSING));
            }
            if (item.needsRemarks(answer.answer()) && !answer.hasRemarks()) {
                findings.add(new ChecklistFinding(item.ref(), Kind.REMARKS_MISSING));
            }
        }
        return findings;
    }

    public boolean isComplete() {
        return findings().isEmpty();
    }

    /** The items answered いいえ, in the order of the form. */
    public List<Item> itemsAnsweredNo() {
        return catalogue.allItems().stream().filter(item -> answerTo(item.ref()).isNo()).toList();
    }

    /** The section of that id, or the first one. */
    public Section section(String sectionId) {
        return catalogue.sections().stream().filter(section -> section.id().equals(sectionId)).findFirst()
                .orElse(catalogue.sections().get(0));
    }
}
