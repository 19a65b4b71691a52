package io.shinrai.hospital;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.LocalizedText;
import io.shinrai.disclosure.SharedNote;
import java.util.List;

/**
 * An asked item whose answer the hospital cannot simply take: with the vendor's answer (null when unanswered, or
 * when a choice was expected and only text was given), the vendor's 備考 (remarks) and the shared notes the answer
 * refers to, so that whoever evaluates the gap has in front of them everything the vendor said about it.
 */
public record Gap(String ref, LocalizedText text, Kind kind, Answer answer, String remarks, List<SharedNote> notes) {

    public Gap {
        notes = List.copyOf(notes);
    }

    public enum Kind {
        UNANSWERED("未回答です。", "Not answered."),
        NOT_ACCEPTABLE("このプロファイルでは認められない回答です。", "This answer is not acceptable under the profile."),
        NEEDS_RISK_EVALUATION("医療機関によるリスク評価の記録が必要です。",
                "Acceptable only with a documented risk evaluation by the hospital.");

        private final LocalizedText description;

        Kind(String ja, String en) {
            this.description = new LocalizedText(ja, en);
        }

        public LocalizedText description() {
            return description;
        }
    }
}
