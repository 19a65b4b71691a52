package io.shinrai.disclosure;

/** Something a disclosure still lacks or gets wrong, about one item (or, for options, about the document). */
public record Finding(Kind kind, String ref) {

    public enum Kind {
        /** An asked item has no answer yet. */
        UNANSWERED,
        /** The answer (typically いいえ) needs 備考 and has none. */
        REMARKS_MISSING,
        /** The answer is not one the item's scheme offers, or free text where an answer is expected. */
        ANSWER_NOT_OFFERED,
        /** The item is answered although the option it depends on is not in use. */
        ANSWERED_BUT_NOT_ASKED,
        /** The answer refers to an item the catalogue does not have. */
        UNKNOWN_ITEM,
        /** The answer refers to a shared note that does not exist. */
        UNKNOWN_NOTE,
        /** The option in use is not one the catalogue defines. */
        UNKNOWN_OPTION
    }
}
