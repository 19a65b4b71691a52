package io.shinrai.server.checklist;

import io.shinrai.catalog.Answer;
import java.time.LocalDate;

/**
 * An item as the checklist form records it: はい or いいえ, the day it was checked (確認日), for いいえ the day by which it
 * is to be met (目標日), and remarks.
 */
public record ChecklistAnswer(Answer answer, LocalDate checkedOn, LocalDate targetOn, String remarks) {

    /** How many days ahead a target date counts as due soon. */
    public static final int DUE_SOON_DAYS = 14;
    public static final ChecklistAnswer NONE = new ChecklistAnswer(null, null, null, null);

    public boolean isAnswered() {
        return answer != null;
    }

    public boolean isNo() {
        return answer == Answer.NO;
    }

    public boolean hasRemarks() {
        return remarks != null && !remarks.isBlank();
    }

    public boolean overdueOn(LocalDate today) {
        return isNo() && targetOn != null && targetOn.isBefore(today);
    }

    /**
     * The answer as kept after an edit: only いいえ has a target date, and an item whose answer changes without a
     * check date was checked today. A check date left empty keeps the one kept, which the page may not show yet:
     * saving as you go sends the fields as the person left them.
     */
    ChecklistAnswer settled(ChecklistAnswer before, LocalDate today) {
        LocalDate checked = checkedOn;
        if (answer == null) {
            checked = null;
        } else if (checked == null) {
            checked = answer != before.answer() ? today : before.checkedOn();
        }
        return new ChecklistAnswer(answer, checked, isNo() ? targetOn : null, hasRemarks() ? remarks.strip() : null);
    }

    /** Last year's answer as the start of this year's: the same answer and remarks, to be checked again. */
    ChecklistAnswer carriedOver() {
        return new ChecklistAnswer(answer, null, null, remarks);
    }
}
