package io.shinrai.disclosure;

import io.shinrai.catalog.LocalizedText;

/** Something a disclosure still lacks or gets wrong, about one item (or, for options, about the document). */
public record Finding(Kind kind, String ref) {

    public enum Kind {
        UNANSWERED("未回答です。", "Not answered yet."),
        REMARKS_MISSING("この回答には備考が必要です。", "This answer needs remarks."),
        ANSWER_NOT_OFFERED("この項目では選べない回答です。", "This answer is not offered for this item."),
        ANSWERED_BUT_NOT_ASKED("使用しない機能の項目に回答があります。",
                "Answered, although the feature it depends on is not in use."),
        UNKNOWN_ITEM("チェックリストにない項目です。", "The checklist has no such item."),
        UNKNOWN_NOTE("存在しない注記を参照しています。", "Refers to a note that does not exist."),
        UNKNOWN_OPTION("チェックリストにない機能です。", "The checklist has no such feature.");

        private final LocalizedText description;

        Kind(String ja, String en) {
            this.description = new LocalizedText(ja, en);
        }

        public LocalizedText description() {
            return description;
        }
    }
}
